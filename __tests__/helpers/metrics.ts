// Builds Azure Monitor metric responses (the REST shape of api-version 2024-02-01) for a site
// whose truth is known: per-instance, per-minute CPU time, requests, average response time
// (from an M/M/c queue with the given servers), working set and 5xx.
import { responseMMc } from "../../src/core/queueing.js";

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
  /** CPU seconds per minute the instance burns with no requests (master, health pings). */
  readonly idleCpu?: number;
  readonly workingSetMb?: number;
  readonly start?: Date;
}

export function siteMetrics(truth: Truth): { value: unknown[] } {
  const start = truth.start ?? new Date("2026-11-20T00:00:00Z");
  const instances = Array.from({ length: truth.instances ?? 1 }, (_, i) => `lw1sdlwk00000${i}`);
  const series = (name: string, unit: string, pick: (rpm: number) => Record<string, number>) => ({
    id: `/metrics/${name}`,
    type: "Microsoft.Insights/metrics",
    name: { value: name, localizedValue: name },
    unit,
    timeseries: instances.map((instance) => ({
      metadatavalues: [
        { name: { value: "instance", localizedValue: "instance" }, value: instance },
      ],
      data: truth.perMinute.map((rpm, i) => ({
        timeStamp: new Date(start.getTime() + i * 60_000).toISOString(),
        ...pick(rpm),
      })),
    })),
  });
  const response = (rpm: number) => responseMMc(rpm / 60, truth.serviceSeconds, truth.servers);
  return {
    value: [
      series("CpuTime", "Seconds", (rpm) => ({
        total: (truth.idleCpu ?? 0.3) + rpm * truth.cpuPerRequest,
      })),
      series("Requests", "Count", (rpm) => ({ total: rpm })),
      series("HttpResponseTime", "Seconds", (rpm): Record<string, number> =>
        rpm > 0 ? { average: response(rpm) } : {},
      ),
      series("MemoryWorkingSet", "Bytes", () => ({
        average: (truth.workingSetMb ?? 210) * 1048576,
      })),
      series("Http5xx", "Count", () => ({ total: 0 })),
    ],
  };
}

/** Minutes of varying traffic: a daily-ish wave between `low` and `high` requests a minute. */
export function wave(minutes: number, low: number, high: number): number[] {
  return Array.from({ length: minutes }, (_, i) =>
    Math.round(low + ((high - low) * (1 + Math.sin(i / 17))) / 2),
  );
}
