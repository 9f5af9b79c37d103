// How several gthread workers share one listening socket. A gthread worker accepts connections
// until it holds `worker_connections` (gunicorn's default 1000) and keeps keep-alive connections
// for their next request, so with long requests one worker can hold most of the clients while
// the others idle. Capping each worker at its thread count, with keep-alive off, leaves the
// rest in the kernel's queue, where whichever worker is free takes them, as sync workers do.
import type { WorkerClass } from "../command/command.js";

/** Requests a gevent worker runs at once, as greenlets (gunicorn's worker_connections default). */
export const GEVENT_CONNECTIONS = 1000;

/** The connections each worker may hold, or undefined where gunicorn's default is right. */
export function workerConnectionsFor(
  workers: number,
  threads: number,
  workerClass: WorkerClass,
): number | undefined {
  // gevent's greenlets per worker: gunicorn's default, stated so no config file changes it.
  if (workerClass === "gevent" || workerClass === "eventlet") return GEVENT_CONNECTIONS;
  // One worker has nobody to share with, and keep-alive saves it a connect per request.
  return workerClass === "gthread" && workers > 1 ? threads : undefined;
}

/**
 * The reason, in words, for the report; what the cap measured is in
 * docs/how-the-numbers-are-chosen.md#the-connection-cap.
 */
export function spreadWhy(workers: number, threads: number): string {
  return `More than one thread per worker needs gunicorn's threaded worker (gthread), and each of the ${workers} workers takes at most ${threads} connections with keep-alive off (--worker-connections ${threads} --keep-alive 0). Otherwise one worker accepts up to 1000 connections and queues their requests while the others idle.`;
}
