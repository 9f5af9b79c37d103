// Requests in flight are connections held elsewhere: each gunicorn worker keeps its own database
// pool and Django holds a connection per thread, so workers × threads must fit what the app's
// database or downstream service allows it. With `max-connections` the sizing is capped to it;
// without, a notice counts them when they pass what a small managed database allows.
import type { Finding } from "./findings.js";
import { plural } from "./words.js";

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

/** Without max-connections: say how many connections the sizing may hold, when that is many. */
export function connectionFindings(
  slots: Slots,
  max: number | undefined,
  eventLoop: boolean,
): Finding[] {
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
