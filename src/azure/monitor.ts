// The one adapter over Azure Monitor: the site's per-instance metrics in one request, the plan's
// CPU and memory share, and when the site's configuration was last written (activity log).
// Through the same endpoint, credential and time bounds as the App Service adapter. What the
// real API answers (padding, the `top` cap, empty and failed metrics, paging, two-phase events)
// is in ../shared/AZURE-NOTES.md.
import { MonitorClient, type EventData, type Metric } from "@azure/arm-monitor";
import type { TokenCredential } from "@azure/identity";
import type { PlanCpuPoint } from "../core/site/plan-cpu.js";
import type { InstanceInterval, MissingMetric, SiteSeries } from "../core/site/site-metrics.js";
import { explain } from "./explain.js";
import { armClientOptions, boundedCalls, DEFAULT_LIMITS, type CallLimits } from "./limits.js";

/** Site metrics, split by instance (names and aggregations: ../shared/AZURE-NOTES.md). */
export const SITE_METRICS = "CpuTime,Requests,HttpResponseTime,MemoryWorkingSet,Http5xx";
export const PLAN_METRICS = "CpuPercentage,MemoryPercentage";
/** Series asked for at most: no App Service plan scales past 100 instances. */
const MAX_INSTANCES = 100;

/**
 * `top` for a per-instance query: Azure returns at most `top` series per metric (10 unless
 * asked), so ask for as many instances as the plan can have.
 */
export function instancesTop(planMaxWorkers: number | undefined): number {
  return Math.min(MAX_INSTANCES, Math.max(planMaxWorkers ?? MAX_INSTANCES, 1));
}

/** Activity-log pages read at most: a week of a busy subscription fits in far fewer. */
export const MAX_ACTIVITY_PAGES = 50;

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
    this.client = new MonitorClient(credential, subscriptionId, armClientOptions(endpoint, limits));
    this.bounded = boundedCalls(limits);
  }

  /**
   * The site's metrics per instance. With a dimension filter Azure returns at most `top` series
   * per metric (10 by default), so `top` is the most instances the plan can have.
   */
  async siteSeries(siteId: string, span: Span, top: number): Promise<SiteSeries> {
    const response = await this.call("read the site's metrics", () =>
      this.client.metrics.list(siteId.replace(/^\//, ""), {
        ...this.query(span, SITE_METRICS, "Total,Average"),
        filter: "Instance eq '*'",
        top,
        ...this.bounded(),
      }),
    );
    return seriesFrom(response.value, span.grain.seconds);
  }

  /** The plan's average CPU and memory share over the span, in percent. */
  async planAverages(planId: string, span: Span): Promise<{ cpu?: number; memory?: number }> {
    const response = await this.call("read the plan's metrics", () =>
      this.client.metrics.list(planId.replace(/^\//, ""), {
        ...this.query(span, PLAN_METRICS, "Average"),
        ...this.bounded(),
      }),
    );
    const mean = (name: string) => {
      const values = averages(response.value.find((m) => m.name.value === name));
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
    };
    return { cpu: mean("CpuPercentage"), memory: mean("MemoryPercentage") };
  }

  /** The plan's CPU share per instance and interval: the site's CPU where it is alone there. */
  async planCpu(planId: string, span: Span, top: number): Promise<PlanCpuPoint[]> {
    const response = await this.call("read the plan's CPU per instance", () =>
      this.client.metrics.list(planId.replace(/^\//, ""), {
        ...this.query(span, "CpuPercentage", "Average"),
        filter: "Instance eq '*'",
        top,
        ...this.bounded(),
      }),
    );
    return planCpuFrom(response.value);
  }

  /**
   * When the site's configuration was written in the span: only writes that succeeded, once
   * each. Azure logs an operation twice (Started, then Succeeded or Failed) and pages the log.
   */
  async configWrites(siteId: string, span: Span): Promise<Date[]> {
    const filter = `eventTimestamp ge '${span.start.toISOString()}' and eventTimestamp le '${span.end.toISOString()}' and resourceUri eq '${siteId}'`;
    const out = new Map<string, number>();
    await this.call("read the site's activity log", async () => {
      const seen = new Set<string>();
      let pages = 0;
      for await (const page of this.client.activityLogs.list(filter, this.bounded()).byPage()) {
        for (const event of page) {
          const at = succeededWrite(event);
          if (at !== undefined) out.set(event.operationId ?? event.correlationId ?? String(at), at);
        }
        // A next link that repeats or never ends must not read forever.
        const next = page.continuationToken;
        if (!next || seen.has(next) || ++pages >= MAX_ACTIVITY_PAGES) break;
        seen.add(next);
      }
    });
    return [...new Set(out.values())].sort((a, b) => a - b).map((t) => new Date(t));
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new Error(
        explain(error, `${what}`, {
          role: "Monitoring Reader",
          notFound: "Check app-name, resource-group-name and subscription-id.",
        }),
      );
    }
  }

  private query(span: Span, metricnames: string, aggregation: string) {
    return {
      timespan: `${span.start.toISOString()}/${span.end.toISOString()}`,
      interval: span.grain.iso,
      metricnames,
      aggregation,
    };
  }
}

const CONFIG_WRITE = /^Microsoft\.Web\/sites\/(slots\/)?config\/write$/i;

function succeededWrite(event: EventData): number | undefined {
  const operation = event.operationName?.value ?? "";
  if (!CONFIG_WRITE.test(operation) || !event.eventTimestamp) return undefined;
  return event.status?.value?.toLowerCase() === "succeeded"
    ? new Date(event.eventTimestamp).getTime()
    : undefined;
}

/** The plan's CPU share per instance and interval from a metrics answer's `value`. */
export function planCpuFrom(metrics: readonly Metric[]): PlanCpuPoint[] {
  const metric = metrics.find((m) => m.name.value === "CpuPercentage");
  return (metric?.timeseries ?? []).flatMap((series) =>
    (series.data ?? []).flatMap((d) =>
      typeof d.average !== "number" || !Number.isFinite(d.average)
        ? []
        : [
            {
              instance: instanceOf(series),
              at: new Date(d.timeStamp).getTime(),
              percent: d.average,
            },
          ],
    ),
  );
}

/** The site's series from a metrics answer's `value`: what the adapter reads, and the bench too. */
export function seriesFrom(metrics: readonly Metric[], intervalSeconds: number): SiteSeries {
  return {
    intervalSeconds,
    points: toPoints(metrics),
    missing: missingOf(metrics, Object.keys(FIELDS)),
  };
}

const FIELDS: Readonly<Record<string, [keyof InstanceInterval, "total" | "average"]>> = {
  CpuTime: ["cpuSeconds", "total"],
  Requests: ["requests", "total"],
  HttpResponseTime: ["responseSeconds", "average"],
  MemoryWorkingSet: ["memoryBytes", "average"],
  Http5xx: ["errors5xx", "total"],
};

function instanceOf(series: { metadatavalues?: { name?: { value?: string }; value?: string }[] }) {
  return (
    series.metadatavalues?.find((m) => m.name?.value?.toLowerCase() === "instance")?.value ?? ""
  );
}

function averages(metric: Metric | undefined): number[] {
  return (metric?.timeseries ?? [])
    .flatMap((t) => t.data ?? [])
    .flatMap((d) =>
      typeof d.average === "number" && Number.isFinite(d.average) ? [d.average] : [],
    );
}

/**
 * Metric-major series → one point per (instance, interval). A point Azure padded (a timestamp
 * and no value) leaves the field undefined: missing data, not zero.
 */
function toPoints(metrics: readonly Metric[]): InstanceInterval[] {
  const points = new Map<string, Record<string, number | string | undefined>>();
  for (const metric of metrics) {
    const field = FIELDS[metric.name.value];
    if (!field || !succeeded(metric)) continue;
    for (const series of metric.timeseries ?? []) {
      const instance = instanceOf(series);
      for (const d of series.data ?? []) {
        const value = d[field[1]];
        // Only a finite number is a value: not a padded point, nor "NaN", "12.5" or 1e999.
        if (typeof value !== "number" || !Number.isFinite(value)) continue;
        const at = new Date(d.timeStamp).getTime();
        const key = `${instance}|${at}`;
        const point = points.get(key) ?? { instance, at };
        point[field[0]] = value;
        points.set(key, point);
      }
    }
  }
  return [...points.values()].map((p) => ({
    instance: p.instance as string,
    at: p.at as number,
    cpuSeconds: p.cpuSeconds as number | undefined,
    requests: p.requests as number | undefined,
    responseSeconds: p.responseSeconds as number | undefined,
    memoryBytes: p.memoryBytes as number | undefined,
    errors5xx: p.errors5xx as number | undefined,
  }));
}

function succeeded(metric: Metric): boolean {
  return metric.errorCode === undefined || metric.errorCode === "Success";
}

/** Metrics asked for that failed, or came back with no value at all. */
function missingOf(metrics: readonly Metric[], asked: readonly string[]): MissingMetric[] {
  return asked.flatMap((name) => {
    const metric = metrics.find((m) => m.name.value === name);
    if (metric && !succeeded(metric)) {
      return [{ metric: name, why: `${metric.errorCode}: ${metric.errorMessage ?? ""}`.trim() }];
    }
    const [, aggregation] = FIELDS[name]!;
    const values = (metric?.timeseries ?? []).some((t) =>
      (t.data ?? []).some((d) => Number.isFinite(d[aggregation])),
    );
    return values ? [] : [{ metric: name, why: "no data" }];
  });
}
