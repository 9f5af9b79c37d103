// The report's words for a measurement: where the numbers come from, the diagnosis users need
// (CPU flat while requests queue), and whether one instance carries the peak (Little's law).
import type { Finding } from "../report/findings.js";
import type { Recommendation } from "../sizing/recommend.js";
import { describeShape, type Shape } from "../sizing/shape.js";
import type { Measured } from "./site-metrics.js";
import { duration } from "./units.js";
import { plural, waitPercent } from "../report/words.js";

/** CPU below this share while responses take this many service times: queueing, not CPU. */
const LOW_CPU_SHARE = 0.2;
const QUEUEING_FACTOR = 2;
/** Plan for the CPU at this share of the cores at peak, as the memory budget keeps headroom. */
const CPU_HEADROOM = 0.8;

const ms = duration;
const pct = (x: number) => `${Math.round(x * 100)} %`;

export function basisFinding(
  m: Measured,
  window: string,
  current: Shape,
  intervalMinutes: number,
): Finding {
  const { busyIntervals, instances, requests } = m.basis;
  const memory =
    m.workerMemoryMb === undefined
      ? ""
      : `; ${m.workerMemoryMb} MB per worker (working set less the master, over ${plural(current.workers, "worker")})`;
  return {
    level: "notice",
    message: `Measured from the site's metrics over ${window}: ${busyIntervals} busy ${intervalMinutes}-minute intervals on ${plural(instances, "instance")}, ${requests.toLocaleString("en")} requests. CPU ${ms(m.cpuPerRequest)} per request (${m.basis.cpuFrom ? `from ${m.basis.cpuFrom}, ` : ""}CPU time regressed on requests, so idle CPU is left out); service time ${ms(m.serviceSeconds)} with the queueing under the current ${describeShape(current)} taken out (${queueModel(m)}); so ${waitPercent(m.ioWaitRatio)} % of a request is spent waiting${memory}; peak ${m.peakRequestsPerSecond.toFixed(1)} requests/s.`,
  };
}

function queueModel(m: Measured): string {
  if (m.variability === undefined)
    return "M/M/c: the load never varied enough to fit how response time grows with it";
  const kind =
    m.variability < 0.8
      ? "steadier than random"
      : m.variability > 1.25
        ? "burstier than random"
        : "about as random as M/M/c";
  return `fitted to how response time grows with load: variability factor ${m.variability.toFixed(2)}, ${kind}`;
}

export function diagnosis(m: Measured, current: Shape): Finding | undefined {
  if (m.cpuShare >= LOW_CPU_SHARE || m.meanResponseSeconds < QUEUEING_FACTOR * m.serviceSeconds)
    return undefined;
  return {
    level: "warning",
    message: `CPU averaged ${pct(m.cpuShare)} while responses took ${ms(m.meanResponseSeconds)} on average with ${describeShape(current)}: requests are waiting for a free worker, not for CPU.`,
  };
}

export function capacity(m: Measured, r: Recommendation, cores: number): Finding {
  const inFlight = m.peakRequestsPerSecond * m.serviceSeconds;
  const bySlots = r.maxConcurrency / m.serviceSeconds;
  const byCpu = (cores * CPU_HEADROOM) / m.cpuPerRequest;
  const perInstance = Math.min(bySlots, byCpu);
  const needed = Math.max(1, Math.ceil(m.peakRequestsPerSecond / perInstance));
  const limit =
    bySlots <= byCpu
      ? `${r.maxConcurrency} requests at once`
      : `${Math.round(byCpu)} requests/s of CPU`;
  return {
    level: needed > 1 ? "warning" : "notice",
    message: `At peak, ${m.peakRequestsPerSecond.toFixed(1)} requests/s × ${ms(m.serviceSeconds)} service time ≈ ${inFlight.toFixed(1)} requests in flight (Little's law). One instance with the recommended command serves about ${Math.round(perInstance)} requests/s (limited by ${limit}), so the peak needs ${plural(needed, "instance")}.`,
  };
}
