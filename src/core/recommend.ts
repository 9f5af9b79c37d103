// The recommender: plain data in, plain data out. Every number comes with the reason for it.
// Theory (../shared/GUNICORN-NOTES.md): to keep one core busy you need 1 + W/C requests in
// flight (Goetz, JCiP §8.2), where W/C is the ratio of waiting to computing. Python threads in
// one process take turns on one GIL, so processes come first: they carry the load as sync workers
// whenever memory allows enough of them, and threads only fill what processes cannot carry.
// docs/benchmarks.md holds the measurements behind the constants below.
import { LIMITS, type GunicornConfig, type WorkerClass } from "./command.js";
import { spreadWhy, workerConnectionsFor } from "./accept-spread.js";
import { capToConnections, connectionFindings } from "./connection-budget.js";
import type { Finding } from "./findings.js";
import {
  MASTER_MEMORY_MB,
  maxWorkersInMemory,
  memoryBudget,
  memoryFindings,
  memoryWhy,
  perWorkerMemory,
} from "./memory-budget.js";
import { MAX_THREADS, PRESETS, type IoProfile } from "./presets.js";
import { chooseTimeout } from "./timeout.js";
import { plural } from "./words.js";

export type { IoProfile } from "./presets.js";
export { FRONT_END_TIMEOUT_S } from "./timeout.js";
export { MASTER_MEMORY_MB, MEMORY_HEADROOM, THREAD_MEMORY_MB } from "./memory-budget.js";

export { MAX_THREADS } from "./presets.js";
/**
 * Extra processes per core at 100% waiting. At peak load a process's threads queue for its
 * one GIL; more processes move that queue to the OS scheduler, which hands over far cheaper.
 * Measured on one core at 98% waiting: 5-8 workers served 345-383 rps, 3-4 workers 300-315,
 * 2 workers 273-308, with enough threads in each.
 */
export const EXTRA_PROCESSES_PER_CORE = 4;

/**
 * Threads in all, as a multiple of the requests in flight that keep the cores busy. With the
 * connection cap every thread takes a request, so threads beyond the need all compute at once.
 * Measured on 1 vCPU against threads for the whole need in every worker, same interleaved rounds
 * (docs/benchmarks.md): 85% waiting, 30 ms bursts: 6 × 3 0.97 of the best, 6 × 7 0.84; 95%, 5 ms:
 * 6 × 7 1.00, 6 × 20 0.92; 95%, 2 ms: 0.67 and 0.48 (3 × 8 best); 95%, 30 ms: 0.95 and 0.97.
 * On 2 vCPU at 83%: 10 × 3 1.00, 10 × 12 0.89.
 */
export const THREADS_PER_NEEDED = 2;

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
  /** The io-profile preset the wait share came from; undefined when it was given or measured. */
  readonly preset?: IoProfile | undefined;
  /** Connections the app's database or downstream service allows it; workers × threads fit. */
  readonly maxConnections?: number | undefined;
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
  const eventLoop = input.asgiWorker !== undefined;
  const sizing = withinConnections(
    eventLoop ? sizeEventLoop(input) : input.preset ? sizePreset(input, input.preset) : size(input),
    input,
    eventLoop,
  );
  const workerClass: WorkerClass =
    input.asgiWorker?.workerClass ?? (sizing.threads > 1 ? "gthread" : "sync");
  const timeout = chooseTimeout(input.timeout, workerClass);
  const workerConnections = workerConnectionsFor(sizing.workers, sizing.threads, workerClass);
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
    ...(workerConnections ? { workerConnections } : {}),
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
          ? `More than one thread per worker needs gunicorn's threaded worker (gthread).${workerConnections ? ` ${spreadWhy(sizing.workers, sizing.threads)}` : ""}`
          : "One thread per worker: gunicorn's plain sync worker has the least overhead."),
      timeout: timeout.why,
    },
    memory: { estimatedMb, budgetMb: Math.round(budgetMb) },
    findings: [
      ...sizing.findings,
      ...timeout.findings,
      ...cpuFindings(input),
      ...connectionFindings(sizing, input.maxConnections, eventLoop),
    ],
  };
}

function withinConnections(sizing: Sizing, input: RecommendInput, eventLoop: boolean): Sizing {
  const capped = capToConnections(sizing, input.maxConnections, eventLoop);
  if (capped.why === undefined) return sizing;
  const note = (why: string, changed: boolean) => (changed ? `${why} Then ${capped.why}.` : why);
  return {
    ...sizing,
    workers: capped.workers,
    threads: capped.threads,
    workersWhy: note(sizing.workersWhy, capped.workers !== sizing.workers),
    threadsWhy: note(sizing.threadsWhy, capped.threads !== sizing.threads),
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
  const { workers, threads } = sync
    ? { workers: Math.max(1, fitting(1)), threads: 1 }
    : threadsFor(needed, target, fitting);
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
      : threadsWhy(needed, busy, workers, threads),
    findings: memoryFindings(input, workers, threads, target),
  };
}

/** Threads so that all workers together hold about twice the need; memory may cut the workers. */
function threadsFor(
  needed: number,
  target: number,
  fitting: (threads: number) => number,
): { workers: number; threads: number } {
  const spread = (workers: number) => threadsToHold(THREADS_PER_NEEDED * needed, workers);
  const first = Math.max(1, fitting(spread(target)));
  // Fewer workers than planned take more threads each, which may cost one more worker's memory.
  const threads = spread(first);
  return { workers: Math.max(1, Math.min(first, fitting(threads))), threads };
}

/** Threads per worker for `slots` requests in flight over `workers`: 2 to MAX_THREADS. */
function threadsToHold(slots: number, workers: number): number {
  return Math.min(MAX_THREADS, Math.max(2, Math.ceil(slots / workers)));
}

function threadsWhy(needed: number, busy: string, workers: number, threads: number): string {
  const total = workers * threads;
  const carry = workers === 1 ? "one worker carries" : `${workers} workers carry`;
  const share =
    total >= THREADS_PER_NEEDED * needed
      ? `about ${THREADS_PER_NEEDED}× the need`
      : `${MAX_THREADS} per worker at most, short of ${THREADS_PER_NEEDED}× the need`;
  return `${needed} requests in flight ${busy}, more than ${carry} alone, so threads make up the rest: ${workers} × ${threads} = ${total}, ${share}. With too few threads a burst of waits idles the core; with many more every thread computes at once and they slow each other (measured on 1 vCPU, docs/benchmarks.md).`;
}

/**
 * A preset stands for a band of wait shares: on 1 vCPU its configuration is the one measured to
 * hold up across the band (presets.ts). On larger plans the preset says whether that
 * configuration scales per vCPU or the rule at its nominal share does better, as measured on 2.
 * Workers memory cannot hold hand their slots to threads.
 */
function sizePreset(input: RecommendInput, preset: IoProfile): Sizing {
  const p = PRESETS[preset];
  const { cores } = input;
  if (cores > 1 && p.largerPlans.scale === "nominal-share") {
    const rule = size({ ...input, ioWaitRatio: p.nominal });
    return { ...rule, workersWhy: `${rule.workersWhy} ${p.largerPlans.why}` };
  }
  const wanted = Math.min(LIMITS.workers.max, p.oneVcpu.workers * cores);
  const { threads: shapeThreads } = p.oneVcpu;
  const fits = Math.max(1, Math.min(wanted, maxWorkersInMemory(input, shapeThreads)));
  const slots = wanted * shapeThreads;
  const threads = fits < wanted ? threadsToHold(slots, fits) : shapeThreads;
  const [lo, hi] = p.band.map((x) => Math.round(x * 1000) / 10);
  const source = input.ioSource === `the ${preset} profile` ? "" : ` (${input.ioSource})`;
  const perVcpu = cores > 1 ? ` (${p.oneVcpu.workers} per vCPU)` : "";
  const larger = cores > 1 ? ` ${p.largerPlans.why}` : "";
  return {
    workers: fits,
    threads,
    workersWhy:
      fits < wanted
        ? memoryWhy(input, fits, wanted)
        : `${cores} vCPU and the ${preset} profile, which stands for apps that wait ${lo}–${hi}% of each request${source}: ${plural(wanted, "worker")}${perVcpu}. ${p.evidence}${larger}`,
    threadsWhy:
      threads === 1
        ? `None: across the ${preset} band ${plural(fits, "sync worker")} carry the requests in flight, and threads in one process compute one at a time (the GIL).`
        : `${threads} per worker: threads let a process overlap its requests' waits without switching processes.`,
    findings: memoryFindings(input, fits, threads, wanted),
  };
}

/**
 * An event-loop worker serves every request that awaits I/O from one thread, and FastAPI runs
 * plain `def` endpoints in its thread pool, so one loop keeps a core busy by itself. Measured on
 * one vCPU with gunicorn 26.2 and uvicorn workers (docs/benchmarks.md, ASGI): one worker was the
 * best at 0 %, 50 % and 95 % waiting, for async and def endpoints alike, while 2 to 6 workers
 * on the same core fell as low as 0.34 of it (async, 50 % waiting). Hence one per vCPU, no spare.
 */
function sizeEventLoop(input: RecommendInput): Sizing {
  const { cores } = input;
  const workers = Math.max(1, Math.min(cores, maxWorkersInMemory(input, 1)));
  return {
    workers,
    threads: 1,
    workersWhy:
      workers < cores
        ? memoryWhy(input, workers, cores)
        : `${cores} vCPU: one event loop per vCPU runs Python in parallel (one GIL each) and keeps its core busy by itself, whatever the wait share (${Math.round(input.ioWaitRatio * 100)}%, ${input.ioSource}); measured on one vCPU, a second loop on the same core cost up to half the throughput, for async and def endpoints alike.`,
    threadsWhy:
      "None: an event-loop worker serves every request that awaits I/O from one thread, so --threads does not apply.",
    findings: memoryFindings(input, workers, 1, cores),
  };
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
