// The one adapter over Azure Monitor: the site's per-instance metrics in one request, the plan's
// CPU and memory share, and when the site's configuration was last written (activity log).
// Through the same endpoint, credential and time bounds as the App Service adapter.
import { MonitorClient, type Metric } from "@azure/arm-monitor";
import type { TokenCredential } from "@azure/identity";
import type { InstanceInterval, SiteSeries } from "../core/site-metrics.js";
import { boundedCalls, DEFAULT_LIMITS, retryAfterCap, type CallLimits } from "./limits.js";

/** Site metrics, split by instance (names and aggregations: ../shared/AZURE-NOTES.md). */
export const SITE_METRICS = "CpuTime,Requests,HttpResponseTime,MemoryWorkingSet,Http5xx";
export const PLAN_METRICS = "CpuPercentage,MemoryPercentage";

export interface Span {
  readonly start: Date;
  readonly end: Date;
  readonly grain: { readonly iso: string; readonly seconds: number };
}

export class SiteMonitor {
  private readonly client: MonitorClient;
  private readonly bounded: ReturnType<typeof boundedCalls>;

  constructor(
    credential: TokenCredential,
    subscriptionId: string,
    endpoint: string,
    limits: CallLimits = DEFAULT_LIMITS,
  ) {
    this.client = new MonitorClient(credential, subscriptionId, {
      endpoint,
      credentials: { scopes: [`${endpoint}/.default`] },
      retryOptions: { maxRetries: limits.maxRetries },
      additionalPolicies: [{ policy: retryAfterCap(limits.maxRetryAfterMs), position: "perRetry" }],
    });
    this.bounded = boundedCalls(limits);
  }

  async siteSeries(siteId: string, span: Span): Promise<SiteSeries> {
    const response = await this.client.metrics.list(siteId.replace(/^\//, ""), {
      timespan: `${span.start.toISOString()}/${span.end.toISOString()}`,
      interval: span.grain.iso,
      metricnames: SITE_METRICS,
      aggregation: "Total,Average",
      filter: "Instance eq '*'",
      ...this.bounded(),
    });
    return { intervalSeconds: span.grain.seconds, points: toPoints(response.value) };
  }

  /** The plan's average CPU and memory share over the span, in percent. */
  async planAverages(planId: string, span: Span): Promise<{ cpu?: number; memory?: number }> {
    const response = await this.client.metrics.list(planId.replace(/^\//, ""), {
      timespan: `${span.start.toISOString()}/${span.end.toISOString()}`,
      interval: span.grain.iso,
      metricnames: PLAN_METRICS,
      aggregation: "Average",
      ...this.bounded(),
    });
    const mean = (name: string) => {
      const values = (response.value.find((m) => m.name.value === name)?.timeseries ?? [])
        .flatMap((t) => t.data ?? [])
        .flatMap((d) => (d.average === undefined ? [] : [d.average]));
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
    };
    return { cpu: mean("CpuPercentage"), memory: mean("MemoryPercentage") };
  }

  /** When the site's configuration (the startup command among it) was written in the span. */
  async configWrites(siteId: string, span: Span): Promise<Date[]> {
    const filter = `eventTimestamp ge '${span.start.toISOString()}' and eventTimestamp le '${span.end.toISOString()}' and resourceUri eq '${siteId}'`;
    const out: Date[] = [];
    for await (const event of this.client.activityLogs.list(filter, this.bounded())) {
      const operation = event.operationName?.value ?? "";
      if (
        /^Microsoft\.Web\/sites\/(slots\/)?config\/write$/i.test(operation) &&
        event.eventTimestamp
      ) {
        out.push(event.eventTimestamp);
      }
    }
    return [...new Set(out.map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  }
}

const FIELDS: Readonly<Record<string, [keyof InstanceInterval, "total" | "average"]>> = {
  CpuTime: ["cpuSeconds", "total"],
  Requests: ["requests", "total"],
  HttpResponseTime: ["responseSeconds", "average"],
  MemoryWorkingSet: ["memoryBytes", "average"],
  Http5xx: ["errors5xx", "total"],
};

/** Metric-major series → one point per (instance, interval). */
function toPoints(metrics: readonly Metric[]): InstanceInterval[] {
  const points = new Map<string, Record<string, number | string | undefined>>();
  for (const metric of metrics) {
    const field = FIELDS[metric.name.value];
    if (!field) continue;
    for (const series of metric.timeseries ?? []) {
      const instance =
        series.metadatavalues?.find((m) => m.name?.value?.toLowerCase() === "instance")?.value ??
        "";
      for (const d of series.data ?? []) {
        const at = new Date(d.timeStamp).getTime();
        const key = `${instance}|${at}`;
        const point = points.get(key) ?? { instance, at, cpuSeconds: 0, requests: 0, errors5xx: 0 };
        point[field[0]] = d[field[1]] ?? point[field[0]];
        points.set(key, point);
      }
    }
  }
  return [...points.values()] as unknown as InstanceInterval[];
}
