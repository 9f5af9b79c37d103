// The shape of a gunicorn run a reader compares: workers × threads and the worker class.
import { plural } from "../report/words.js";

/** gunicorn's defaults for the connections a gthread worker holds, and keep-alive seconds. */
export const DEFAULT_WORKER_CONNECTIONS = 1000;
export const DEFAULT_KEEP_ALIVE = 2;

/** The parts of a run's settings a reader compares: workers × threads and the class. */
export interface Shape {
  readonly workers: number;
  readonly threads: number;
  readonly workerClass: string;
  /** gthread only; undefined means gunicorn's defaults. */
  readonly workerConnections?: number | undefined;
  readonly keepAlive?: number | undefined;
}

/** What App Service runs without a startup command (Oryx): one sync worker, one thread. */
export const PLATFORM_DEFAULT: Shape = { workers: 1, threads: 1, workerClass: "sync" };

/** Short names for the event-loop worker classes, for tables. */
const EVENT_LOOP_NAMES: Readonly<Record<string, string>> = {
  "uvicorn_worker.UvicornWorker": "uvicorn",
  "uvicorn.workers.UvicornWorker": "uvicorn",
  asgi: "asgi",
};

/** "4 sync workers × 1 thread", "6 gthread workers × 20 threads", "4 uvicorn workers". */
export function describeShape(shape: Shape): string {
  const loop = EVENT_LOOP_NAMES[shape.workerClass];
  if (loop) return `${plural(shape.workers, `${loop} worker`)} (event loop)`;
  if (shape.workerClass === "gevent" || shape.workerClass === "eventlet") {
    return `${plural(shape.workers, `${shape.workerClass} worker`)} (greenlets)`;
  }
  return `${plural(shape.workers, `${shape.workerClass} worker`)} × ${plural(shape.threads, "thread")}`;
}

/** "up to 1000 per worker, kept alive" for a gthread run; undefined for event loops. */
export function describeConnections(shape: Shape): string | undefined {
  if (shape.workerClass === "sync") return "one at a time per worker";
  if (shape.workerClass === "gevent" || shape.workerClass === "eventlet") {
    return `up to ${shape.workerConnections ?? DEFAULT_WORKER_CONNECTIONS} per worker, as greenlets`;
  }
  if (shape.workerClass !== "gthread") return undefined;
  const most = shape.workerConnections ?? DEFAULT_WORKER_CONNECTIONS;
  const kept = (shape.keepAlive ?? DEFAULT_KEEP_ALIVE) > 0;
  return `up to ${most} per worker, ${kept ? "kept alive" : "closed after each response"}`;
}
