// bench:truth through the real Azure Monitor's shapes: the buckets real gunicorn served become
// what the platform records for 12 instances (4 of them added by autoscale only at peak, the last
// 3 minutes not ingested yet, no CpuTime as on a Linux site that lacks it); the Monitor stand-in
// answers as the documented API does (padding, the top cap, timeseries []), and the adapter's own
// parsing, the plan's CPU standing in, and the measurement read it back.
import { answerMetrics } from "../../__tests__/helpers/fake-monitor.ts";
import { planCpuFrom, seriesFrom, SITE_METRICS } from "../../src/azure/monitor.ts";
import { withPlanCpu } from "../../src/core/site/plan-cpu.ts";
import { median } from "../../src/core/site/queueing.ts";
import { measure } from "../../src/core/site/site-metrics.ts";

const T0 = Date.parse("2026-11-20T00:00:00Z");
const INSTANCES = 12;
const PEAK_ONLY = 4;
const NOT_INGESTED = 3;
const MASTER_MB = 30;

/** One bench series (instance "bench", minutes from 0) → the platform's record for 12 instances. */
function record(series, cores) {
  const buckets = series.points.slice(0, series.points.length - NOT_INGESTED);
  const loaded = buckets
    .map((p) => p.requests)
    .filter((r) => r > 0)
    .sort((a, b) => a - b);
  const peakRpm = loaded[Math.floor(loaded.length * 0.6)] ?? Infinity;
  const present = (k, p) => k < INSTANCES - PEAK_ONLY || p.requests >= peakRpm;
  const metric = (name, unit, pick) => ({
    name,
    unit,
    series: Array.from({ length: INSTANCES }, (_, k) => ({
      instance: `lw1sdlwk${String(k).padStart(6, "0")}`,
      points: buckets
        .filter((p) => present(k, p))
        .flatMap((p) => {
          const value = pick(p);
          return value ? [{ at: T0 + p.at, ...value }] : [];
        }),
    })),
  });
  const site = [
    { name: "CpuTime", unit: "Seconds", series: [] },
    metric("Requests", "Count", (p) => ({ total: p.requests })),
    metric("HttpResponseTime", "Seconds", (p) =>
      p.responseSeconds === undefined ? undefined : { average: p.responseSeconds },
    ),
    metric("MemoryWorkingSet", "Bytes", (p) => ({ average: p.memoryBytes })),
    metric("Http5xx", "Count", () => ({ total: 0 })),
  ];
  const plan = [
    metric("CpuPercentage", "Percent", (p) => ({ average: (p.cpuSeconds / (cores * 60)) * 100 })),
  ];
  const truePeak =
    Math.max(
      ...buckets.map(
        (p) => p.requests * (p.requests >= peakRpm ? INSTANCES : INSTANCES - PEAK_ONLY),
      ),
    ) / 60;
  return { site, plan, truePeak, minutes: series.points.length };
}

function ask(recorded, metricnames, aggregation, minutes) {
  const query = new URLSearchParams({
    timespan: `${new Date(T0).toISOString()}/${new Date(T0 + minutes * 60_000).toISOString()}`,
    interval: "PT1M",
    metricnames,
    aggregation,
    $filter: "Instance eq '*'",
    top: "30",
  });
  const answer = answerMetrics(recorded, query, T0 + minutes * 60_000);
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  return answer.body.value;
}

export function throughApiShapes(series, current) {
  const { site, plan, truePeak, minutes } = record(series, current.cores);
  const siteSeries = seriesFrom(ask(site, SITE_METRICS, "Total,Average", minutes), 60);
  const planPoints = planCpuFrom(ask(plan, "CpuPercentage", "Average", minutes));
  const m = measure(withPlanCpu(siteSeries, planPoints, current.cores), current);
  if (!m.ok) throw new Error(`through the API's shapes: ${m.why}`);
  const rss = median(series.points.map((p) => p.memoryBytes / 1048576));
  return {
    share: m.measured.ioWaitRatio,
    peak: m.measured.peakRequestsPerSecond,
    truePeak,
    instances: m.measured.basis.instances,
    memoryMb: m.measured.workerMemoryMb,
    trueMemoryMb: (rss - MASTER_MB) / current.workers,
    cpuFrom: m.measured.basis.cpuFrom,
  };
}
