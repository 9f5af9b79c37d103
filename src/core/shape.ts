// The shape of a gunicorn run a reader compares: workers × threads and the worker class.
import { plural } from "./words.js";

/** The parts of a run's settings a reader compares: workers × threads and the class. */
export interface Shape {
  readonly workers: number;
  readonly threads: number;
  readonly workerClass: string;
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
  return `${plural(shape.workers, `${shape.workerClass} worker`)} × ${plural(shape.threads, "thread")}`;
}
