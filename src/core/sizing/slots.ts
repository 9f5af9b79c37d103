// How many requests one instance should hold at once (workers × threads), from the wait share
// and, when measured, the peak load. Measurements: docs/how-the-numbers-are-chosen.md#long-waits.

/**
 * Threads in all, as a multiple of the requests in flight that keep the cores busy. With the
 * connection cap every thread takes a request, so threads beyond the need all compute at once.
 * Measured on 1 vCPU against threads for the whole need in every worker, same interleaved rounds
 * (the run published with commit 488c7f6, whole runs counted): 85% waiting, 30 ms bursts: 6 × 3
 * 0.97 of the best, 6 × 7 0.84; 95%, 5 ms: 6 × 7 1.00, 6 × 20 0.92; 95%, 2 ms: 0.67 and 0.48;
 * 95%, 30 ms: 0.95 and 0.97. On 2 vCPU at 83%: 10 × 3 1.00, 10 × 12 0.89. Counted after each
 * run's start (docs/benchmarks.md), the 30 ms case is a tail, not a throughput, cost: 6 × 3 held
 * 0.96 of the best and 6 × 8 0.95, with p99 2.4 s against 3.5 s.
 */
export const THREADS_PER_NEEDED = 2;

/** Twice the need was measured with 64 clients on one core: up to this many slots per core. */
export const MEASURED_SLOTS_PER_CORE = 128;

/**
 * Beyond that, the share of the nominal need that really keeps a core busy. gunicorn and the
 * framework add about 1 ms of CPU to every request, which the app's own share leaves out: with
 * 3 ms of app CPU one core saturated at 251 requests/s, not 333, and admitting more than that
 * only made the threads contend (1,024 in flight: 0.4 of the best).
 */
export const LONG_WAIT_NEED_FACTOR = 0.75;

/**
 * Slots for the wait share alone: twice the need, or at long waits (past what the 64-client
 * benchmark measured) its busy part with room for bursts.
 */
export function slotsForShare(
  cores: number,
  needed: number,
): { slots: number; longWaits: boolean } {
  const twice = THREADS_PER_NEEDED * needed;
  if (twice <= MEASURED_SLOTS_PER_CORE * cores) return { slots: twice, longWaits: false };
  const busy = withBursts(LONG_WAIT_NEED_FACTOR * needed);
  return { slots: Math.max(MEASURED_SLOTS_PER_CORE * cores, busy), longWaits: true };
}

/**
 * Slots for a measured peak of `inFlight` requests on one instance: the peak is an interval's
 * average, and arrivals within it bunch; three standard deviations of a Poisson count cover all
 * but about one interval in a thousand.
 */
export function slotsForLoad(inFlight: number | undefined): number {
  if (inFlight === undefined || !(inFlight > 0)) return 0;
  return withBursts(inFlight);
}

/** `n` requests in flight on average, and three Poisson deviations for their bursts. */
export function withBursts(n: number): number {
  return Math.ceil(n + 3 * Math.sqrt(n));
}
