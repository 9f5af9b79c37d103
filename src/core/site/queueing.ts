// Queueing arithmetic for reading service time out of response times: M/M/c (Erlang C) and the
// Allen–Cunneen correction, whose factor K = (Ca² + Cs²)/2 scales the M/M/c wait for arrivals
// and service times that vary more or less than exponentially. Theory: ../shared/GUNICORN-NOTES.md.

/** One interval: its arrival rate (requests/s) and the average response time it saw. */
export interface Observed {
  readonly rate: number;
  readonly responseSeconds: number;
}

export interface ServiceFit {
  readonly serviceSeconds: number;
  /** Allen–Cunneen factor: 1 is M/M/c, 0.5 constant service times, above 1 burstier. */
  readonly variability: number;
  /** False when the load never varied enough to tell the factor from the service time. */
  readonly fitted: boolean;
}

/** The factor is fitted only when busy intervals' utilisation spans at least this much. */
const MIN_UTILISATION_SPAN = 0.3;
const K_MIN = 0.1;
const K_MAX = 5;
const K_STEPS = 40;
const S_STEPS = 60;
/** Enough intervals for a robust fit; more only cost time. */
const MAX_SAMPLES = 400;

export function responseMMc(rate: number, service: number, servers: number): number {
  const a = rate * service;
  if (a >= servers) return Infinity;
  return service + (erlangC(servers, a) * service) / (servers - a);
}

/** Allen–Cunneen: the M/M/c wait scaled by the variability factor. */
export function responseAC(rate: number, service: number, servers: number, k: number): number {
  return service + k * (responseMMc(rate, service, servers) - service);
}

/**
 * The service time S that makes the queue answer in `response` seconds on average at arrival
 * rate λ, found by bisection (response grows with S).
 */
export function serviceTimeMMc(rate: number, response: number, servers: number, k = 1): number {
  if (rate <= 0) return response;
  let lo = 0;
  let hi = Math.min(response, (servers / rate) * (1 - 1e-9));
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (responseAC(rate, mid, servers, k) > response) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Service time and variability factor together, from how response time grows with load: the
 * pair whose predicted response times sit closest (median absolute log error) to the observed.
 * With M/M/c alone (K = 1) nearly constant service times read about 17 % short at moderate
 * load (docs/measure-truth.md); fitting K removes that when the load varied enough to show it.
 */
export function fitService(observed: readonly Observed[], servers: number): ServiceFit {
  const sample = spread(observed, MAX_SAMPLES);
  const base = median(sample.map((o) => serviceTimeMMc(o.rate, o.responseSeconds, servers)));
  const load = sample.map((o) => (o.rate * base) / servers).sort((a, b) => a - b);
  const span = quantile(load, 0.9) - quantile(load, 0.1);
  if (span < MIN_UTILISATION_SPAN) return { serviceSeconds: base, variability: 1, fitted: false };
  const top = median(sample.map((o) => o.responseSeconds));
  let best = { loss: Infinity, serviceSeconds: base, variability: 1 };
  for (let j = 0; j <= K_STEPS; j++) {
    const k = K_MIN * (K_MAX / K_MIN) ** (j / K_STEPS);
    const s = bestService(sample, servers, k, top);
    if (s.loss < best.loss) best = { loss: s.loss, serviceSeconds: s.service, variability: k };
  }
  return { serviceSeconds: best.serviceSeconds, variability: best.variability, fitted: true };
}

/** For one K, the S with the least error: a coarse grid, then a finer one around its best. */
function bestService(
  sample: readonly Observed[],
  servers: number,
  k: number,
  top: number,
): { service: number; loss: number } {
  let best = { service: top, loss: Infinity };
  let [lo, hi] = [0, top];
  for (let pass = 0; pass < 2; pass++) {
    const step = (hi - lo) / S_STEPS;
    for (let i = 1; i <= S_STEPS; i++) {
      const service = lo + i * step;
      const loss = lossOf(sample, servers, k, service);
      if (loss < best.loss) best = { service, loss };
    }
    [lo, hi] = [Math.max(0, best.service - step), best.service + step];
  }
  return best;
}

function lossOf(sample: readonly Observed[], servers: number, k: number, s: number): number {
  return median(
    sample.map((o) => {
      const predicted = responseAC(o.rate, s, servers, k);
      return Number.isFinite(predicted) ? Math.abs(Math.log(predicted / o.responseSeconds)) : 10;
    }),
  );
}

/** Above this many servers the exact sum gives way to the Halfin–Whitt form, whose cost is fixed. */
const EXACT_SERVERS = 1000;

/**
 * Probability that an arrival waits (Erlang C). Exact through Erlang B's recursion, which
 * stops once B is too small to matter (it only falls once k passes the load); for very many
 * servers, the Halfin–Whitt approximation, so a site stating a million workers costs no more
 * than one stating four.
 */
function erlangC(c: number, a: number): number {
  if (c > EXACT_SERVERS) return halfinWhitt(c, a);
  let b = 1;
  for (let k = 1; k <= c; k++) {
    b = (a * b) / (k + a * b);
    if (k > a && b < 1e-16) return 0;
  }
  const rho = a / c;
  return b / (1 - rho + rho * b);
}

function halfinWhitt(c: number, a: number): number {
  const beta = (c - a) / Math.sqrt(a);
  const density = Math.exp(-(beta * beta) / 2) / Math.sqrt(2 * Math.PI);
  if (density === 0) return 0;
  return 1 / (1 + (beta * normalCdf(beta)) / density);
}

/** Φ(x) through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + z / 2);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Every n-th item, so a long window costs no more than a short one. */
function spread<T>(xs: readonly T[], max: number): readonly T[] {
  if (xs.length <= max) return xs;
  const step = xs.length / max;
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]!);
}

/** The q-quantile of values sorted ascending (the nearest rank at or below). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
