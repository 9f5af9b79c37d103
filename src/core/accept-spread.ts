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

/** What the benchmark measured for the cap (docs/benchmarks.md). */
export const SPREAD_EVIDENCE =
  "Measured on 1 vCPU at 99.5% waiting (600 ms), 4 × 32 served 100–101 requests/s with the cap against 75–96 without, and 6 × 20 101 against 53–69; at 95% waiting with 40 ms requests the connect per request cost 5–10%.";
