// Requests in flight are connections held elsewhere: each gunicorn worker keeps its own database
// pool and Django holds a connection per thread, so workers × threads must fit what the app's
// database or downstream service allows it. With `max-connections` the sizing is capped to it;
// without, a notice counts them when they pass what a small managed database allows.
import type { Finding } from "../report/findings.js";
import type { ConnectionPool } from "../shared-state/kinds.js";
import { plural } from "../report/words.js";

/**
 * User connections of Azure Database for PostgreSQL flexible server's smallest tier (Burstable
 * B1ms: 50, less 15 it reserves), from Microsoft Learn's "Limits" page for flexible server.
 */
export const SMALL_DATABASE_CONNECTIONS = 35;

export interface Slots {
  readonly workers: number;
  readonly threads: number;
}

export interface Capped extends Slots {
  /** Why the sizing was capped, for the reasons; undefined when it was not. */
  readonly why: string | undefined;
}

/**
 * Keeps processes (parallel CPU) and takes threads away first: at most `max` requests in flight.
 * An event-loop worker's requests in flight are bounded by the app's own pool, not by threads,
 * so for it only the workers are capped.
 */
export function capToConnections(
  slots: Slots,
  max: number | undefined,
  eventLoop: boolean,
): Capped {
  if (max === undefined) return { ...slots, why: undefined };
  const { workers, threads } = slots;
  if (eventLoop) {
    if (workers <= max) return { ...slots, why: undefined };
    return { workers: max, threads, why: `capped at max-connections ${max}: one pool per worker` };
  }
  if (workers * threads <= max) return { ...slots, why: undefined };
  const cappedWorkers = Math.min(workers, max);
  const cappedThreads = Math.max(1, Math.floor(max / cappedWorkers));
  return {
    workers: cappedWorkers,
    threads: cappedThreads,
    why: `capped at max-connections ${max}: ${cappedWorkers} × ${cappedThreads} = ${cappedWorkers * cappedThreads} requests in flight, each of which may hold a connection`,
  };
}

/**
 * The connections the sizing may hold: counted from the app's own pool when it configures one,
 * else estimated, and said when that is many and max-connections is not set.
 */
export function connectionFindings(
  slots: Slots,
  max: number | undefined,
  eventLoop: boolean,
  pool?: ConnectionPool,
): Finding[] {
  if (pool) return poolFindings(slots, max, eventLoop, pool);
  if (max !== undefined) return [];
  const inFlight = slots.workers * slots.threads;
  if (eventLoop) {
    if (slots.workers * 5 <= SMALL_DATABASE_CONNECTIONS) return [];
    return [
      {
        level: "notice",
        message: `${plural(slots.workers, "event-loop worker")} each keep their own connection pool: at SQLAlchemy's default of 5 (+10 overflow) that is ${slots.workers * 5}–${slots.workers * 15} database connections, more than the ${SMALL_DATABASE_CONNECTIONS} a small managed database allows (Azure Database for PostgreSQL, Burstable B1ms). Set max-connections to what the database allows this app (per instance) to cap the workers.`,
      },
    ];
  }
  if (inFlight <= SMALL_DATABASE_CONNECTIONS) return [];
  return [
    {
      level: "notice",
      message: `${plural(slots.workers, "worker")} × ${plural(slots.threads, "thread")} = ${inFlight} requests in flight, and each may hold a database connection (a pool per worker; Django keeps one per thread): more than the ${SMALL_DATABASE_CONNECTIONS} user connections of a small managed database (Azure Database for PostgreSQL, Burstable B1ms). If the app's database or a downstream service allows fewer, set max-connections to that limit (per instance; divide it by the instances when scaled out).`,
    },
  ];
}

/** A worker opens at most its pool's connections, and no more than it has threads to use. */
function poolFindings(
  slots: Slots,
  max: number | undefined,
  eventLoop: boolean,
  pool: ConnectionPool,
): Finding[] {
  const { workers, threads } = slots;
  const where = { file: pool.file, line: pool.line };
  const perWorker =
    pool.perProcess === undefined
      ? threads
      : eventLoop
        ? pool.perProcess
        : Math.min(threads, pool.perProcess);
  const how = pool.perProcess === undefined ? `${pool.what}: one per thread` : pool.what;
  const limit =
    max === undefined
      ? " Check that the database allows that many, or set max-connections to its limit per instance."
      : ` Within max-connections ${max}.`;
  const findings: Finding[] = [
    {
      level: "notice",
      message: `Up to ${workers * perWorker} database connections at peak per instance: ${plural(workers, "worker")} × ${perWorker} (${how}).${limit}`,
      ...where,
    },
  ];
  if (!eventLoop && pool.perProcess !== undefined && pool.perProcess < threads) {
    findings.push({
      level: "warning",
      message: `Each worker runs ${threads} threads but its pool holds ${pool.perProcess} connections (${pool.what}): at peak the other ${threads - pool.perProcess} requests wait for a connection, up to pool_timeout (30 s by default). Raise max_overflow by ${threads - pool.perProcess}.`,
      ...where,
    });
  }
  return findings;
}
