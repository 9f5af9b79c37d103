// The recommender: plain data in, plain data out. Every number comes with the reason for it.
// Theory (../shared/GUNICORN-NOTES.md): to keep one core busy you need 1 + W/C requests in
// flight (Goetz, JCiP §8.2), where W/C is the ratio of waiting to computing; Python threads
// share one core per process (the GIL), so processes give CPU parallelism and threads only cover
// the waits.
import { LIMITS, type GunicornConfig, type WorkerClass } from "./command.js";
import type { Finding } from "./findings.js";

export type IoProfile = "cpu-bound" | "mixed" | "io-bound";

/** Share of a request's time spent waiting on I/O assumed for each profile. */
export const PROFILE_WAIT_RATIO: Readonly<Record<IoProfile, number>> = {
  "cpu-bound": 0.1,
  mixed: 0.5,
  "io-bound": 0.95,
};

/** App Service's front end cuts a request off after about 230 s (not configurable). */
export const FRONT_END_TIMEOUT_S = 230;
/** Measured: a gunicorn master with a Flask app is about 27 MB RSS. */
export const MASTER_MEMORY_MB = 30;
/** Budget per extra thread for stack and request buffers (an idle thread is ~31 kB). */
export const THREAD_MEMORY_MB = 1;
/** Share of the plan's memory the app may plan for; the rest is the OS, agents and spikes. */
export const MEMORY_HEADROOM = 0.8;
/** Beyond this many threads one process spends its time handing the GIL around: add workers. */
export const MAX_THREADS = 32;
/** Below this many requests in flight per core, threads add GIL contention and no throughput. */
export const THREADS_FROM_IN_FLIGHT = 1.5;

export interface RecommendInput {
  readonly cores: number;
  readonly memoryMb: number;
  readonly sharedCpu: boolean;
  /** Apps sharing one plan instance share its memory. */
  readonly appsOnPlan: number;
  readonly ioWaitRatio: number;
  /** Where the ratio came from, for the reasons ("the io-bound profile", "io-wait-ratio"). */
  readonly ioSource: string;
  readonly workerMemoryMb: number;
  /** Seconds the user asked for; undefined for the default. */
  readonly timeout: number | undefined;
  readonly module: string;
  readonly chdir: string | undefined;
  readonly port: number;
}

export interface Reasons {
  readonly workers: string;
  readonly threads: string;
  readonly workerClass: string;
  readonly timeout: string;
}

export interface Recommendation {
  readonly config: GunicornConfig;
  readonly maxConcurrency: number;
  readonly reasons: Reasons;
  /** Estimated RSS of master + workers and the budget it had to fit. */
  readonly memory: { readonly estimatedMb: number; readonly budgetMb: number };
  readonly findings: readonly Finding[];
}

interface Sizing {
  workers: number;
  threads: number;
  workersWhy: string;
  threadsWhy: string;
  findings: Finding[];
}

export function recommend(input: RecommendInput): Recommendation {
  const sizing = size(input);
  const workerClass: WorkerClass = sizing.threads > 1 ? "gthread" : "sync";
  const timeout = chooseTimeout(input.timeout, workerClass);
  const budgetMb = memoryBudget(input);
  const estimatedMb = Math.round(
    MASTER_MEMORY_MB + sizing.workers * perWorkerMemory(input, sizing.threads),
  );
  const config: GunicornConfig = {
    module: input.module,
    host: "0.0.0.0",
    port: input.port,
    workers: sizing.workers,
    threads: sizing.threads,
    workerClass,
    timeout: timeout.value,
    accessLog: true,
    ...(input.chdir ? { chdir: input.chdir } : {}),
  };
  return {
    config,
    maxConcurrency: sizing.workers * sizing.threads,
    reasons: {
      workers: sizing.workersWhy,
      threads: sizing.threadsWhy,
      workerClass:
        workerClass === "gthread"
          ? "More than one thread per worker needs gunicorn's threaded worker (gthread)."
          : "One thread per worker: gunicorn's plain sync worker has the least overhead.",
      timeout: timeout.why,
    },
    memory: { estimatedMb, budgetMb: Math.round(budgetMb) },
    findings: [...sizing.findings, ...timeout.findings, ...cpuFindings(input)],
  };
}

/** Requests in flight that keep one core busy: 1 + W/C = 1 / (1 - wait share). */
export function inFlightPerCore(ioWaitRatio: number): number {
  return 1 / (1 - ioWaitRatio);
}

function size(input: RecommendInput): Sizing {
  const perCore = inFlightPerCore(input.ioWaitRatio);
  const pct = Math.round(input.ioWaitRatio * 100);
  const needed = Math.ceil(input.cores * perCore - 1e-9);
  const head = `${input.cores} vCPU and ${pct}% of each request spent waiting (${input.ioSource})`;
  const wanted =
    perCore < THREADS_FROM_IN_FLIGHT
      ? {
          workers: needed + 1,
          threads: 1,
          workersWhy: `${head}: about ${needed} request(s) in flight keep every core busy; one process each, plus one so a core never idles while a worker reads or writes its socket.`,
          threadsWhy: `At ${pct}% waiting a request mostly computes, and Python threads in one process compute one at a time (the GIL): extra threads would only contend.`,
          findings: [],
        }
      : threadedSizing(input, perCore, needed, head);
  return fitMemory(input, wanted);
}

function threadedSizing(
  input: RecommendInput,
  perCore: number,
  needed: number,
  head: string,
): Sizing {
  const threads = Math.min(MAX_THREADS, Math.ceil(perCore - 1e-9));
  const workers = Math.max(input.cores + 1, Math.ceil(needed / threads));
  const capped = threads === MAX_THREADS && perCore > MAX_THREADS;
  return {
    workers,
    threads,
    workersWhy:
      workers === input.cores + 1
        ? `${head}: one process per core runs Python in parallel (each process holds its own GIL), plus one so a core never idles while another process is between requests.`
        : `${head}: about ${needed} requests must be in flight; at ${threads} threads each that takes ${workers} processes.`,
    threadsWhy:
      `A core is kept busy by 1 + wait/compute = ${perCore.toFixed(1)} requests in flight, so each worker gets ${threads} threads to cover the waits` +
      (capped ? ` (capped at ${MAX_THREADS}; more workers carry the rest).` : `.`),
    findings: [],
  };
}

function memoryBudget(input: RecommendInput): number {
  return (input.memoryMb * MEMORY_HEADROOM) / input.appsOnPlan;
}

function perWorkerMemory(input: RecommendInput, threads: number): number {
  return input.workerMemoryMb + (threads - 1) * THREAD_MEMORY_MB;
}

/** Shrinks the worker count to the memory budget, giving the lost slots to threads. */
function fitMemory(input: RecommendInput, wanted: Sizing): Sizing {
  const budget = memoryBudget(input);
  const fits = (workers: number, threads: number) =>
    MASTER_MEMORY_MB + workers * perWorkerMemory(input, threads) <= budget;
  if (fits(wanted.workers, wanted.threads)) return clampLimits(wanted);
  const slots = wanted.workers * wanted.threads;
  let workers = wanted.workers;
  let threads = wanted.threads;
  while (workers > 1 && !fits(workers, threads)) {
    workers -= 1;
    if (wanted.threads > 1) threads = Math.min(MAX_THREADS, Math.ceil(slots / workers));
  }
  const share = input.appsOnPlan > 1 ? ` (its share of ${input.appsOnPlan} apps on the plan)` : "";
  const memoryWhy = `Memory limits this to ${workers} worker(s): ${Math.round(budget)} MB budget${share} (${Math.round(MEMORY_HEADROOM * 100)}% of ${input.memoryMb} MB) for a ${MASTER_MEMORY_MB} MB master and ${input.workerMemoryMb} MB per worker (worker-memory-mb).`;
  const findings: Finding[] = [...wanted.findings];
  if (!fits(workers, threads)) {
    findings.push({
      level: "error",
      message: `Even one worker does not fit: ${MASTER_MEMORY_MB} MB master + ${input.workerMemoryMb} MB worker exceeds the ${Math.round(budget)} MB budget${share}. Choose a plan with more memory or check worker-memory-mb.`,
    });
  } else {
    findings.push({
      level: "warning",
      message: `${memoryWhy} The CPU could use ${wanted.workers}; a plan with more memory would serve more requests at once.`,
    });
  }
  return clampLimits({ ...wanted, workers, threads, workersWhy: memoryWhy, findings });
}

function clampLimits(s: Sizing): Sizing {
  const clamp = (v: number, { min, max }: { min: number; max: number }) =>
    Math.min(max, Math.max(min, v));
  return {
    ...s,
    workers: clamp(s.workers, LIMITS.workers),
    threads: clamp(s.threads, LIMITS.threads),
  };
}

function chooseTimeout(
  requested: number | undefined,
  workerClass: WorkerClass,
): { value: number; why: string; findings: Finding[] } {
  const effect =
    workerClass === "sync"
      ? "a sync worker busy longer than this is killed and restarted"
      : "with gthread it is only how long a silent worker may go before it is restarted";
  if (requested === undefined) {
    return {
      value: FRONT_END_TIMEOUT_S,
      why: `App Service's front end drops a request after ${FRONT_END_TIMEOUT_S} s, so a longer timeout serves nobody; ${effect}.`,
      findings: [],
    };
  }
  if (requested > FRONT_END_TIMEOUT_S) {
    const message = `timeout ${requested} s was capped at ${FRONT_END_TIMEOUT_S} s: App Service's front end cuts every request off after ${FRONT_END_TIMEOUT_S} s, so a worker kept busy longer works for a client that is gone.`;
    return {
      value: FRONT_END_TIMEOUT_S,
      why: message,
      findings: [{ level: "notice", message }],
    };
  }
  return { value: requested, why: `As requested (timeout); ${effect}.`, findings: [] };
}

function cpuFindings(input: RecommendInput): Finding[] {
  if (!input.sharedCpu) return [];
  return [
    {
      level: "warning",
      message:
        "The F1 plan shares one core with other tenants and allows 60 CPU-minutes a day: the numbers assume one core, but throughput will be far lower and stop when the quota runs out.",
    },
  ];
}
