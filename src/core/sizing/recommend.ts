// The recommender: plain data in, plain data out. Every number comes with the reason for it.
// The exact-share rule lives in exact-share.ts; presets (presets.ts) and event-loop workers are
// sized here, then capped to max-connections, and the worker class and timeout are chosen.
import {
  isGreenletClass,
  LIMITS,
  type GunicornConfig,
  type WorkerClass,
} from "../command/command.js";
import { spreadWhy, workerConnectionsFor } from "./accept-spread.js";
import { capToConnections, connectionFindings } from "./connection-budget.js";
import { sizeExact, threadsToHold } from "./exact-share.js";
import { EVIDENCE, firstSentence, twoSentences, type Evidence } from "./evidence.js";
import type { Finding } from "../report/findings.js";
import {
  MASTER_MEMORY_MB,
  maxWorkersInMemory,
  memoryBudget,
  memoryFindings,
  memoryWhy,
  perWorkerMemory,
} from "./memory-budget.js";
import { keepOneProcess } from "./one-process.js";
import { PRESETS, type IoProfile } from "./presets.js";
import type { RecommendInput, Sizing } from "./sizing.js";
import { chooseTimeout } from "./timeout.js";
import { plural, waitPercent } from "../report/words.js";

export type { IoProfile } from "./presets.js";
export type { RecommendInput } from "./sizing.js";
export { FRONT_END_TIMEOUT_S } from "./timeout.js";
export { MASTER_MEMORY_MB, MEMORY_HEADROOM, THREAD_MEMORY_MB } from "./memory-budget.js";
export { MAX_THREADS } from "./presets.js";

export interface Reasons {
  readonly workers: string;
  readonly threads: string;
  readonly workerClass: string;
  readonly timeout: string;
}

/** Where each reason's evidence lives, a docs path with its section (evidence.ts). */
export type ReasonEvidence = { readonly [K in keyof Reasons]?: Evidence };

export interface Recommendation {
  readonly config: GunicornConfig;
  readonly maxConcurrency: number;
  readonly reasons: Reasons;
  readonly evidence: ReasonEvidence;
  /** Estimated RSS of master + workers and the budget it had to fit. */
  readonly memory: { readonly estimatedMb: number; readonly budgetMb: number };
  readonly findings: readonly Finding[];
}

export function recommend(input: RecommendInput): Recommendation {
  const eventLoop = input.appWorker !== undefined;
  const sized = eventLoop
    ? sizeEventLoop(input)
    : input.preset
      ? sizePreset(input, input.preset)
      : sizeExact(input);
  const sizing = withinConnections(
    input.oneProcess ? keepOneProcess(sized, input.oneProcess, input, eventLoop) : sized,
    input,
    eventLoop,
  );
  const workerClass: WorkerClass =
    input.appWorker?.workerClass ?? (sizing.threads > 1 ? "gthread" : "sync");
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
      workers: twoSentences(sizing.workersWhy),
      threads: twoSentences(sizing.threadsWhy),
      workerClass:
        input.appWorker?.why ??
        (workerClass === "gthread"
          ? workerConnections
            ? spreadWhy(sizing.workers, sizing.threads)
            : "More than one thread per worker needs gunicorn's threaded worker (gthread)."
          : "One thread per worker: gunicorn's plain sync worker has the least overhead."),
      timeout: timeout.why,
    },
    evidence: {
      workers: sizing.evidence,
      threads: sizing.evidence,
      workerClass: isGreenletClass(workerClass)
        ? undefined
        : eventLoop
          ? EVIDENCE.eventLoop
          : workerConnections
            ? EVIDENCE.connectionCap
            : undefined,
      timeout: EVIDENCE.timeout,
    },
    memory: { estimatedMb, budgetMb: Math.round(budgetMb) },
    findings: [
      ...sizing.findings,
      ...timeout.findings,
      ...cpuFindings(input),
      ...connectionFindings(sizing, input.maxConnections, eventLoop, input.pool),
    ],
  };
}

function withinConnections(sizing: Sizing, input: RecommendInput, eventLoop: boolean): Sizing {
  const capped = capToConnections(sizing, input.maxConnections, eventLoop);
  if (capped.why === undefined) return sizing;
  const note = (why: string, changed: boolean) =>
    changed ? `${firstSentence(why)} Then ${capped.why}.` : why;
  return {
    ...sizing,
    evidence: EVIDENCE.connections,
    workers: capped.workers,
    threads: capped.threads,
    workersWhy: note(sizing.workersWhy, capped.workers !== sizing.workers),
    threadsWhy: note(sizing.threadsWhy, capped.threads !== sizing.threads),
  };
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
    const rule = sizeExact({ ...input, ioWaitRatio: p.nominal });
    if (rule.evidence === EVIDENCE.memory) return rule;
    const workersWhy = `${firstSentence(rule.workersWhy)} ${p.largerPlans.why}`;
    return { ...rule, workersWhy, evidence: EVIDENCE.largerPlans };
  }
  const wanted = Math.min(LIMITS.workers.max, p.oneVcpu.workers * cores);
  const { threads: shapeThreads } = p.oneVcpu;
  const fits = Math.max(1, Math.min(wanted, maxWorkersInMemory(input, shapeThreads)));
  const slots = wanted * shapeThreads;
  const threads = fits < wanted ? threadsToHold(slots, fits) : shapeThreads;
  const [lo, hi] = p.band.map(waitPercent);
  const source = input.ioSource === `the ${preset} profile` ? "" : `, ${input.ioSource}`;
  const perVcpu = cores > 1 ? ` (${p.oneVcpu.workers} per vCPU)` : "";
  const larger = cores > 1 ? ` ${p.largerPlans.why}` : "";
  return {
    workers: fits,
    threads,
    workersWhy:
      fits < wanted
        ? memoryWhy(input, fits, wanted)
        : `${cores} vCPU and the ${preset} profile (apps that wait ${lo}–${hi}% of each request${source}): ${plural(wanted, "worker")}${perVcpu}, the configuration that held up best across that band.${larger}`,
    threadsWhy:
      threads === 1
        ? `None: across the ${preset} band ${plural(fits, "sync worker")} carry the requests in flight, and threads in one process compute one at a time (the GIL).`
        : `${threads} per worker: threads let a process overlap its requests' waits without switching processes.`,
    evidence: fits < wanted ? EVIDENCE.memory : cores > 1 ? EVIDENCE.largerPlans : EVIDENCE.presets,
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
  const inMemory = Math.max(1, Math.min(cores, maxWorkersInMemory(input, 1)));
  const workers = Math.min(inMemory, LIMITS.workers.max);
  // gevent runs greenlets, not an asyncio loop: the same one-per-vCPU shape, not benchmarked.
  const gevent = isGreenletClass(input.appWorker?.workerClass ?? "");
  return {
    workers,
    threads: 1,
    workersWhy:
      inMemory < cores
        ? memoryWhy(input, workers, cores)
        : workers < inMemory
          ? `${cores} vCPU: one event loop per vCPU, capped at ${LIMITS.workers.max}, the most workers gunicorn-tuner states.`
          : gevent
            ? `${cores} vCPU: one gevent worker per vCPU runs its requests as greenlets that yield while they wait, so one process keeps its core busy.`
            : `${cores} vCPU: one event loop per vCPU keeps its core busy by itself, whatever the wait share (${Math.round(input.ioWaitRatio * 100)}%, ${input.ioSource}), and more loops on one core lowered throughput with async endpoints.`,
    threadsWhy: gevent
      ? "None: a gevent worker runs each request as a greenlet, up to --worker-connections at once, so --threads does not apply."
      : "None: an event-loop worker serves every request that awaits I/O from one thread, so --threads does not apply.",
    evidence: inMemory < cores ? EVIDENCE.memory : gevent ? undefined : EVIDENCE.eventLoop,
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
