// What the platform records for a site whose truth is known: per-instance, per-minute CPU time,
// requests, average response time (from an M/M/c queue with the given servers), working set
// and 5xx. The Monitor stand-in (fake-monitor.ts) turns the record into the API's answers.
import { responseMMc } from "../../src/core/site/queueing.js";
import type { RecordedMetric } from "./fake-monitor.js";

export interface Truth {
  /** CPU seconds per request. */
  readonly cpuPerRequest: number;
  /** Seconds a request takes when it does not queue (CPU + waiting). */
  readonly serviceSeconds: number;
  /** workers × threads running now. */
  readonly servers: number;
  /** Requests per minute for each minute, per instance. */
  readonly perMinute: readonly number[];
  readonly instances?: number;
  /** The last this many instances exist only in minutes with at least `peakRpm` requests. */
  readonly peakOnly?: number;
  readonly peakRpm?: number;
  /** The last this many minutes are not ingested yet: nothing recorded. */
  readonly notIngested?: number;
  /** The site reports no CpuTime at all (a Linux site may not). */
  readonly noCpuTime?: boolean;
  /** CPU seconds per minute the instance burns with no requests (master, health pings). */
  readonly idleCpu?: number;
  readonly workingSetMb?: number;
  /** Share of requests answered 5xx. */
  readonly errorShare?: number;
  readonly start?: Date;
}

export const instanceName = (i: number) => `lw1sdlwk${String(i).padStart(6, "0")}`;

/** The minutes each instance served, with its requests in each. */
function minutesOf(truth: Truth): { instance: string; minutes: [number, number][] }[] {
  const count = truth.instances ?? 1;
  const recorded = truth.perMinute.length - (truth.notIngested ?? 0);
  return Array.from({ length: count }, (_, i) => {
    const peakOnly = i >= count - (truth.peakOnly ?? 0);
    const minutes = truth.perMinute
      .slice(0, recorded)
      .map((rpm, m): [number, number] => [m, rpm])
      .filter(([, rpm]) => !peakOnly || rpm >= (truth.peakRpm ?? Infinity));
    return { instance: instanceName(i), minutes };
  });
}

export function siteMetrics(truth: Truth): RecordedMetric[] {
  const start = (truth.start ?? new Date("2026-11-20T00:00:00Z")).getTime();
  const instances = minutesOf(truth);
  const metric = (
    name: string,
    unit: string,
    pick: (rpm: number) => { total?: number; average?: number } | undefined,
  ): RecordedMetric => ({
    name,
    unit,
    series: instances.map(({ instance, minutes }) => ({
      instance,
      points: minutes.flatMap(([m, rpm]) => {
        const value = pick(rpm);
        return value ? [{ at: start + m * 60_000, ...value }] : [];
      }),
    })),
  });
  const response = (rpm: number) => responseMMc(rpm / 60, truth.serviceSeconds, truth.servers);
  return [
    truth.noCpuTime
      ? { name: "CpuTime", unit: "Seconds", series: [] }
      : metric("CpuTime", "Seconds", (rpm) => ({ total: cpuSeconds(truth, rpm) })),
    metric("Requests", "Count", (rpm) => ({ total: rpm })),
    // Azure records no average for a minute without requests.
    metric("HttpResponseTime", "Seconds", (rpm) =>
      rpm > 0 ? { average: response(rpm) } : undefined,
    ),
    metric("MemoryWorkingSet", "Bytes", () => ({ average: (truth.workingSetMb ?? 210) * 1048576 })),
    metric("Http5xx", "Count", (rpm) => ({ total: Math.round(rpm * (truth.errorShare ?? 0)) })),
  ];
}

function cpuSeconds(truth: Truth, rpm: number): number {
  return (truth.idleCpu ?? 0.3) + rpm * truth.cpuPerRequest;
}

/** The plan's CpuPercentage per instance for the same truth, on a plan of `cores` vCPUs. */
export function planCpu(truth: Truth, cores: number): RecordedMetric {
  const start = (truth.start ?? new Date("2026-11-20T00:00:00Z")).getTime();
  return {
    name: "CpuPercentage",
    unit: "Percent",
    series: minutesOf(truth).map(({ instance, minutes }) => ({
      instance,
      points: minutes.map(([m, rpm]) => ({
        at: start + m * 60_000,
        average: (cpuSeconds(truth, rpm) / (cores * 60)) * 100,
      })),
    })),
  };
}

/** Two records back to back in time: the same metrics, each instance's points joined. */
export function joined(a: RecordedMetric[], b: RecordedMetric[]): RecordedMetric[] {
  return a.map((m, i) => ({
    ...m,
    series: m.series.map((s, j) => ({
      ...s,
      points: [...s.points, ...(b[i]!.series[j]?.points ?? [])],
    })),
  }));
}

/** Minutes of varying traffic: a daily-ish wave between `low` and `high` requests a minute. */
export function wave(minutes: number, low: number, high: number): number[] {
  return Array.from({ length: minutes }, (_, i) =>
    Math.round(low + ((high - low) * (1 + Math.sin(i / 17))) / 2),
  );
}
