// How several gthread workers share one listening socket. A gthread worker accepts connections
// until it holds `worker_connections` (gunicorn's default 1000) and keeps keep-alive connections
// for their next request, so with long requests one worker can hold most of the clients while
// the others idle. Capping each worker at its thread count, with keep-alive off, leaves the
// rest in the kernel's queue, where whichever worker is free takes them, as sync workers do.
import type { WorkerClass } from "./command.js";

/** The connections each worker may hold, or undefined where gunicorn's default is right. */
export function workerConnectionsFor(
  workers: number,
  threads: number,
  workerClass: WorkerClass,
): number | undefined {
  // One worker has nobody to share with, and keep-alive saves it a connect per request.
  return workerClass === "gthread" && workers > 1 ? threads : undefined;
}

/** The reason, in words, for the report. */
export function spreadWhy(workers: number, threads: number): string {
  return `Each of the ${workers} workers takes at most ${threads} connections, one per thread, and closes each after its response (--worker-connections ${threads} --keep-alive 0): by default a gthread worker accepts up to 1000 connections and keeps keep-alive ones, so one worker queues requests while the others idle. ${SPREAD_EVIDENCE}`;
}

/**
 * What the benchmark measured for the cap, in the same interleaved rounds: the run published with
 * commit 1199258 (docs/benchmarks.md there; later runs measure only capped configurations). The
 * cost of threads beyond the need is the published run's: counted after each run's start, it is
 * the tail, not throughput (whole runs had read 4 × 32 at 16 requests/s against 24).
 */
export const SPREAD_EVIDENCE =
  "Measured on 1 vCPU in the same interleaved rounds (the benchmark run published with commit 1199258), 6 × 20 with the cap against without: 308 against 216 requests/s at 95% waiting with 2 ms bursts, 148 against 128 with 5 ms bursts, 28 against 28 with 30 ms bursts. The cap lets every thread take a request, so threads far beyond a core's need then all compute at once and the slowest wait longest: at 85% waiting with 30 ms bursts 4 × 32 served as many requests/s as 3 × 4 (31.9 against 32.1) with a p99 1.4× as long (3.6 s against 2.5 s) (docs/benchmarks.md).";
