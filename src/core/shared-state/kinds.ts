// What several gunicorn workers break, kind by kind: each worker is a separate process that
// imports the app on its own, so whatever the app starts at import runs once per worker, and
// whatever it keeps in memory exists once per worker. Oryx reverted CPU-sized workers for this
// reason (microsoft/Oryx #274 → #375).

export type HazardKind =
  "scheduler" | "thread" | "store" | "session" | "cache" | "limiter" | "socketio";

/** Something the app keeps or starts in the process, which several workers would split. */
export interface Hazard {
  readonly kind: HazardKind;
  /** Relative to the app root. */
  readonly file: string;
  readonly line: number;
  /** What was found, as a clause: "starts an APScheduler BackgroundScheduler at import". */
  readonly what: string;
}

/** SQLite written by the app: a warning whatever the workers. */
export interface SqliteUse {
  readonly file: string;
  readonly line: number;
  readonly what: string;
}

/** Database connections one worker process may open. */
export interface ConnectionPool {
  readonly file: string;
  readonly line: number;
  /** SQLAlchemy's pool_size + max_overflow; undefined for one connection per thread (Django). */
  readonly perProcess: number | undefined;
  readonly what: string;
}

export interface SharedState {
  readonly hazards: readonly Hazard[];
  readonly sqlite: readonly SqliteUse[];
  readonly pools: readonly ConnectionPool[];
}

/** What breaks with several processes, and the way out, per kind. */
export const CONSEQUENCES: Readonly<Record<HazardKind, { breaks: string; wayOut: string }>> = {
  scheduler: {
    breaks: "each job runs once per worker",
    wayOut: "run the jobs in one place (a WebJob, an Azure Functions timer or a separate process)",
  },
  thread: {
    breaks: "each worker starts its own copy, with its own copy of what it fills",
    wayOut: "move the thread's work to a separate process or a WebJob",
  },
  store: {
    breaks: "each worker keeps its own copy, and a request sees only its worker's",
    wayOut: "keep the data in Redis or the database",
  },
  session: {
    breaks: "each worker keeps its own sessions, so users lose them when a request reaches another",
    wayOut: "store sessions in the database, Redis or signed cookies",
  },
  cache: {
    breaks: "each worker keeps its own cache, and an entry cleared in one stays in the others",
    wayOut: "use a shared cache such as Redis",
  },
  limiter: {
    breaks: "each worker counts on its own, multiplying every limit by the workers",
    wayOut: 'keep the counts in Redis (storage_uri="redis://…")',
  },
  socketio: {
    breaks: "a client's next request can reach a worker that does not know its connection or rooms",
    wayOut: "add a message queue (message_queue=) and keep ARR affinity on",
  },
};
