// The recommender: plain data in, plain data out. Every number comes with the reason for it.
// Theory (../shared/GUNICORN-NOTES.md): to keep one core busy you need 1 + W/C requests in
// flight (Goetz, JCiP §8.2), where W/C is the ratio of waiting to computing. Python threads in
// one process take turns on one GIL, so processes come first: they carry the load as sync workers
// whenever memory allows enough of them, and threads only fill what processes cannot carry.
// docs/benchmarks.md holds the measurements behind the constants below.
import { isThreadedClass, LIMITS, type GunicornConfig, type WorkerClass } from "./command.js";
import type { Finding } from "./findings.js";
import { plural } from "./words.js";

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
/** Threads per worker at most: measured, 50-64 threads per worker served 64 clients fully. */
export const MAX_THREADS = 64;
/**
 * Extra processes per core at 100% waiting. At peak load a process's threads queue for its
 * one GIL; more processes move that queue to the OS scheduler, which hands over far cheaper.
 * Measured on one core at 98% waiting: 5-8 workers served 345-383 rps, 3-4 workers 300-315,
 * 2 workers 273-308, with enough threads in each.
 */
export const EXTRA_PROCESSES_PER_CORE = 4;
/** gunicorn's docs put typical worker counts at 4-12; past that, per-worker pools add up. */
export const MANY_WORKERS = 12;

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
  /** For an ASGI app: its event-loop worker class, and why that one. */
  readonly asgiWorker?: { readonly workerClass: WorkerClass; readonly why: string } | undefined;
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
  const sizing = input.asgiWorker ? sizeEventLoop(input) : size(input);
  const workerClass: WorkerClass =
    input.asgiWorker?.workerClass ?? (sizing.threads > 1 ? "gthread" : "sync");
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
        input.asgiWorker?.why ??
        (workerClass === "gthread"
          ? "More than one thread per worker needs gunicorn's threaded worker (gthread)."
          : "One thread per worker: gunicorn's plain sync worker has the least overhead."),
      timeout: timeout.why,
    },
    memory: { estimatedMb, budgetMb: Math.round(budgetMb) },
    findings: [
      ...sizing.findings,
      ...timeout.findings,
      ...cpuFindings(input),
      ...(sizing.workers > MANY_WORKERS ? [manyWorkers(sizing.workers)] : []),
    ],
  };
}

/** Requests in flight that keep one core busy: 1 + W/C = 1 / (1 - wait share). */
export function inFlightPerCore(ioWaitRatio: number): number {
  return 1 / (1 - ioWaitRatio);
}

/** One process per core, extra ones as the wait share grows, and a spare. */
function processTarget(input: RecommendInput): { extra: number; target: number } {
  const { cores } = input;
  const extra =
    Math.ceil(cores * (1 + EXTRA_PROCESSES_PER_CORE * input.ioWaitRatio) - 1e-9) - cores;
  return { extra, target: Math.min(LIMITS.workers.max, cores + extra + 1) };
}

function size(input: RecommendInput): Sizing {
  const { cores } = input;
  const w = input.ioWaitRatio;
  const perCore = inFlightPerCore(w);
  const needed = Math.ceil(cores * perCore - 1e-9);
  const { extra, target } = processTarget(input);
  const fitting = (threads: number) => Math.min(target, maxWorkersInMemory(input, threads));
  // Processes beat threads whenever they can carry the load: no GIL to share.
  const sync = fitting(1) >= needed;
  const threads = sync ? 1 : Math.min(MAX_THREADS, Math.max(2, needed));
  const workers = Math.max(1, fitting(threads));
  const pct = Math.round(w * 100);
  const head = `${cores} vCPU and ${pct}% of each request spent waiting (${input.ioSource})`;
  const busy = `keep ${cores === 1 ? "the core" : "every core"} busy (1 + wait/compute = ${perCore.toFixed(1)} per core)`;
  const why = sync
    ? "a sync worker holds one request at a time, even while it waits"
    : "at peak load the threads of one process queue for its GIL while separate processes share the cores cheaply";
  const spare = extra > 0 ? `, ${extra} more because ${why}` : "";
  return {
    workers,
    threads,
    workersWhy:
      workers < target
        ? memoryWhy(input, workers, target)
        : `${head}: ${cores === 1 ? "one process runs" : `${cores} processes run`} Python in parallel (one GIL each)${spare}, and one spare so a core never idles between requests.`,
    threadsWhy: sync
      ? `The ${plural(workers, "worker")} alone carry the ${plural(needed, "request")} in flight that ${busy}, and processes beat threads: threads in one process compute one at a time (the GIL) and would only contend.`
      : `${needed} requests in flight ${busy}, more than ${workers} workers carry alone, so each worker gets threads for all of them${needed > MAX_THREADS ? ` (up to ${MAX_THREADS})` : ""}: gthread workers accept connections greedily and a keep-alive connection stays with the worker that took it, so a worker sized for only its share makes clients queue while others idle.`,
    findings: memoryFindings(input, workers, threads, target),
  };
}

/**
 * An event-loop worker serves every request that awaits I/O from one thread, so it needs no
 * threads; processes still bring parallel CPU (one GIL each) and keep CPU bursts and `def`
 * endpoints (run in the worker's thread pool) from stalling every request on one loop. Until
 * the benchmark measures ASGI separately, the process count follows the WSGI rule.
 */
function sizeEventLoop(input: RecommendInput): Sizing {
  const { cores } = input;
  const w = input.ioWaitRatio;
  const { extra, target } = processTarget(input);
  const workers = Math.max(1, Math.min(target, maxWorkersInMemory(input, 1)));
  const pct = Math.round(w * 100);
  return {
    workers,
    threads: 1,
    workersWhy:
      workers < target
        ? memoryWhy(input, workers, target)
        : `${cores} vCPU and ${pct}% of each request spent waiting (${input.ioSource}): one event loop per vCPU runs Python in parallel (one GIL each), ${extra > 0 ? `${extra} more so CPU bursts and plain def endpoints (run in a thread pool) do not hold up the other requests on a loop, ` : ""}and one spare.`,
    threadsWhy:
      "None: an event-loop worker serves every request that awaits I/O from one thread, so --threads does not apply.",
    findings: memoryFindings(input, workers, 1, target),
  };
}

function memoryBudget(input: RecommendInput): number {
  return (input.memoryMb * MEMORY_HEADROOM) / input.appsOnPlan;
}

function perWorkerMemory(input: RecommendInput, threads: number): number {
  return input.workerMemoryMb + (threads - 1) * THREAD_MEMORY_MB;
}

function maxWorkersInMemory(input: RecommendInput, threads: number): number {
  return Math.floor((memoryBudget(input) - MASTER_MEMORY_MB) / perWorkerMemory(input, threads));
}

function share(input: RecommendInput): string {
  return input.appsOnPlan > 1 ? ` (its share of ${input.appsOnPlan} apps on the plan)` : "";
}

function memoryWhy(input: RecommendInput, workers: number, target: number): string {
  return `Memory limits this to ${plural(workers, "worker")} where the CPU could use ${target}: ${Math.round(memoryBudget(input))} MB budget${share(input)} (${Math.round(MEMORY_HEADROOM * 100)}% of ${input.memoryMb} MB) for a ${MASTER_MEMORY_MB} MB master and ${input.workerMemoryMb} MB per worker (worker-memory-mb).`;
}

function memoryFindings(
  input: RecommendInput,
  workers: number,
  threads: number,
  target: number,
): Finding[] {
  if (maxWorkersInMemory(input, threads) < 1) {
    return [
      {
        level: "error",
        message: `Even one worker does not fit: ${MASTER_MEMORY_MB} MB master + ${input.workerMemoryMb} MB worker exceeds the ${Math.round(memoryBudget(input))} MB budget${share(input)}. Choose a plan with more memory or check worker-memory-mb.`,
      },
    ];
  }
  if (workers >= target) return [];
  return [
    {
      level: "warning",
      message: `${memoryWhy(input, workers, target)} A plan with more memory would serve more requests at once.`,
    },
  ];
}

function chooseTimeout(
  requested: number | undefined,
  workerClass: WorkerClass,
): { value: number; why: string; findings: Finding[] } {
  const effect =
    workerClass === "sync"
      ? "a sync worker busy longer than this is killed and restarted"
      : `with ${isThreadedClass(workerClass) ? "gthread" : "an event-loop worker"} it is only how long a silent worker may go before it is restarted`;
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

function manyWorkers(workers: number): Finding {
  return {
    level: "notice",
    message: `${workers} workers each keep their own connections to databases and other services: check that ${workers} × the pool size fits their connection limits, or lower io-wait-ratio/worker count for this plan.`,
  };
}
