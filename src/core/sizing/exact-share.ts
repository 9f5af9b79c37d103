// Sizing for a known wait share. Theory (../shared/GUNICORN-NOTES.md): to keep one core busy
// you need 1 + W/C requests in flight (Goetz, JCiP §8.2), where W/C is the ratio of waiting to
// computing. Python threads in one process take turns on one GIL, so processes come first: they
// carry the load as sync workers whenever memory allows enough of them, and threads only fill
// what processes cannot carry. docs/benchmarks.md holds the measurements behind the constants.
import { EVIDENCE } from "./evidence.js";
import { LIMITS } from "../command/command.js";
import { maxWorkersInMemory, memoryFindings, memoryWhy } from "./memory-budget.js";
import { MAX_THREADS } from "./presets.js";
import { geventAdvice, loadFindings } from "./load-capacity.js";
import { slotsForLoad, slotsForShare, THREADS_PER_NEEDED, withBursts } from "./slots.js";

export { THREADS_PER_NEEDED } from "./slots.js";
import type { RecommendInput, Sizing } from "./sizing.js";
import { plural, waitPercent } from "../report/words.js";

/**
 * Extra processes per core at 100% waiting. At peak load a process's threads queue for its
 * one GIL; more processes move that queue to the OS scheduler, which hands over far cheaper.
 * Measured on one core at 98% waiting: 5-8 workers served 345-383 rps, 3-4 workers 300-315,
 * 2 workers 273-308, with enough threads in each.
 */
export const EXTRA_PROCESSES_PER_CORE = 4;

/**
 * The highest wait share taken: a 15 s wait with 5 ms of CPU is 0.9997, so four nines let apps
 * that wait seconds say what they are, while 1 (a request that never computes) needs no core.
 */
export const MAX_IO_WAIT_RATIO = 0.9999;

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

export function sizeExact(input: RecommendInput): Sizing {
  const { cores } = input;
  const w = input.ioWaitRatio;
  const perCore = inFlightPerCore(w);
  const needed = Math.ceil(cores * perCore - 1e-9);
  const forLoad = slotsForLoad(input.peakInFlight);
  const forShare = slotsForShare(cores, needed);
  // The peak raises the slots only as far as the cores can serve: admitted beyond that, the
  // requests contend for the GIL and throughput falls (docs/benchmarks-long.md); a warning
  // says what would hold the rest.
  const slots = Math.max(forShare.slots, Math.min(forLoad, withBursts(needed)));
  // Sync workers get the same headroom for the requests that wait: each core's running request
  // and twice its waiting ones (a request that never waits needs no spare process).
  const syncSlots = Math.max(
    Math.ceil(cores * (1 + THREADS_PER_NEEDED * (perCore - 1)) - 1e-9),
    forLoad,
  );
  const { extra, target } = processTarget(input);
  const fitting = (threads: number) => Math.min(target, maxWorkersInMemory(input, threads));
  // Processes beat threads when they can hold the same headroom: no GIL to share.
  const sync = fitting(1) >= syncSlots;
  const { workers, threads } = sync
    ? { workers: Math.max(1, fitting(1)), threads: 1 }
    : threadsFor(slots, target, fitting);
  const pct = waitPercent(w);
  const head = `${cores} vCPU and ${pct}% of each request spent waiting (${input.ioSource})`;
  const busy = `keep ${cores === 1 ? "the core" : "every core"} busy (1 + wait/compute = ${perCore.toFixed(1)} per core)`;
  const why = sync
    ? "a sync worker holds one request at a time, even while it waits"
    : "threads of one process queue for its GIL at peak";
  const spare = extra > 0 ? `, ${extra} more because ${why}` : "";
  const load = { inFlight: input.peakInFlight, slots: forLoad, forShare: forShare.slots };
  return {
    workers,
    threads,
    workersWhy:
      workers < target
        ? memoryWhy(input, workers, target)
        : `${head}: ${cores === 1 ? "one process runs" : `${cores} processes run`} Python in parallel (one GIL each)${spare}, and one spare so a core never idles.`,
    evidence: workers < target ? EVIDENCE.memory : EVIDENCE.exactShare,
    threadsWhy: sync
      ? `The ${plural(workers, "worker")} alone hold the ${plural(needed, "request")} in flight that ${busy}, with room for twice the waiting ones${loadWords(load)}, and processes beat threads: threads in one process compute one at a time (the GIL) and would only contend.`
      : threadsWhy(needed, busy, workers, threads, load, forShare.longWaits),
    findings: [
      ...memoryFindings(input, workers, threads, target),
      ...loadFindings(input, workers * threads, forLoad),
      ...geventAdvice(!sync && forShare.longWaits),
    ],
  };
}

function loadWords(load: { inFlight: number | undefined; slots: number }): string {
  if (load.inFlight === undefined || load.slots === 0) return "";
  return ` and the ${load.inFlight.toFixed(0)} in flight at the measured peak with room for its bursts (${load.slots})`;
}

/** Threads so that all workers together hold `slots`; memory may cut the workers. */
function threadsFor(
  slots: number,
  target: number,
  fitting: (threads: number) => number,
): { workers: number; threads: number } {
  const spread = (workers: number) => threadsToHold(slots, workers);
  let workers = Math.max(1, fitting(spread(target)));
  // Fewer workers than planned take more threads each, which may cost another worker's memory:
  // shrink until the workers fit with the threads they then get.
  while (workers > 1 && fitting(spread(workers)) < workers) {
    workers = Math.max(1, fitting(spread(workers)));
  }
  return { workers, threads: spread(workers) };
}

/** Threads per worker for `slots` requests in flight over `workers`: 2 to MAX_THREADS. */
export function threadsToHold(slots: number, workers: number): number {
  return Math.min(MAX_THREADS, Math.max(2, Math.ceil(slots / workers)));
}

function threadsWhy(
  needed: number,
  busy: string,
  workers: number,
  threads: number,
  load: { inFlight: number | undefined; slots: number; forShare: number },
  longWaits: boolean,
): string {
  const total = workers * threads;
  const carry = workers === 1 ? "one worker carries" : `${workers} workers carry`;
  const wanted = Math.max(load.forShare, load.slots);
  const forShare = !longWaits
    ? `${THREADS_PER_NEEDED}× the need`
    : `the ${load.forShare} that keep the core busy once gunicorn's own CPU is counted, with room for bursts`;
  const target =
    load.slots > load.forShare
      ? `the measured peak's ${load.inFlight!.toFixed(0)} in flight with room for its bursts`
      : forShare;
  const share =
    total >= wanted
      ? `enough for ${target}`
      : `${MAX_THREADS} per worker at most, short of ${target}`;
  return `${needed} requests in flight ${busy}, more than ${carry} alone, so threads make up the rest: ${workers} × ${threads} = ${total}, ${share}. With too few threads a burst of waits idles the core; with many more every thread computes at once and they slow each other.`;
}
