// What the live site's own metrics say about the two inputs users otherwise guess: the share of
// a request spent waiting, and one worker's memory. Plain series in, numbers with their basis
// out. Theory: ../shared/GUNICORN-NOTES.md (Little's law, M/M/c); metric names and units:
// ../shared/AZURE-NOTES.md.
import { MAX_IO_WAIT_RATIO } from "../sizing/exact-share.js";
import { fitService, median } from "./queueing.js";

/**
 * One metric value per interval and instance, as Azure Monitor reports them. Azure pads every
 * series with points that carry only a timestamp (an instance that did not exist yet, minutes
 * not yet ingested): such a value is undefined here, never zero.
 */
export interface InstanceInterval {
  readonly instance: string;
  /** Interval start, epoch ms. */
  readonly at: number;
  /** CpuTime, Total: CPU seconds used in the interval. */
  readonly cpuSeconds: number | undefined;
  /** Requests, Total. */
  readonly requests: number | undefined;
  /** HttpResponseTime, Average, seconds; undefined without requests. */
  readonly responseSeconds: number | undefined;
  /** MemoryWorkingSet, Average, bytes. */
  readonly memoryBytes: number | undefined;
  /** Http5xx, Total. */
  readonly errors5xx: number | undefined;
}

/** A metric Azure Monitor answered without data, or with an error of its own. */
export interface MissingMetric {
  readonly metric: string;
  /** "no data", or the error Azure gave for this metric. */
  readonly why: string;
}

export interface SiteSeries {
  readonly intervalSeconds: number;
  readonly points: readonly InstanceInterval[];
  /** Metrics that came back empty or failed: named in the report, never read as zeros. */
  readonly missing?: readonly MissingMetric[];
  /** Where the CPU seconds come from when it is not the site's own CpuTime. */
  readonly cpuFrom?: string;
}

export interface Measured {
  /** CPU seconds per request (regression slope), and the idle CPU it leaves out. */
  readonly cpuPerRequest: number;
  readonly idleCpuPerInterval: number;
  /** Service time per request with the queueing under the current workers taken out. */
  readonly serviceSeconds: number;
  /** The queue's fitted variability factor; undefined when the load never varied enough. */
  readonly variability: number | undefined;
  readonly ioWaitRatio: number;
  /** Working set less the master, divided by the current workers; undefined without data. */
  readonly workerMemoryMb: number | undefined;
  readonly peakRequestsPerSecond: number;
  /** The busiest interval's requests per second on one instance (the site's, shared out). */
  readonly peakPerInstancePerSecond: number;
  /** The instances that served that interval. */
  readonly peakInstances: number;
  readonly meanResponseSeconds: number;
  /** Average CPU use as a share of the instance's cores. */
  readonly cpuShare: number;
  /** How much data backs the numbers. */
  readonly basis: {
    readonly busyIntervals: number;
    readonly instances: number;
    readonly requests: number;
    /** Where the CPU seconds came from when not the site's CpuTime. */
    readonly cpuFrom?: string;
  };
}

export type Measurement =
  { readonly ok: true; readonly measured: Measured } | { readonly ok: false; readonly why: string };

/** Fewer busy intervals than this, and the numbers are noise. */
export const MIN_BUSY_INTERVALS = 30;
/** An interval counts as busy with at least this many requests on the instance. */
export const MIN_REQUESTS_PER_INTERVAL = 10;
/** gunicorn's master with a Flask app, measured (GUNICORN-NOTES.md). */
const MASTER_MB = 30;
const MB = 1024 * 1024;

/** Without these, nothing can be measured. */
const REQUIRED = ["Requests", "HttpResponseTime"];

export function measure(
  series: SiteSeries,
  current: { workers: number; threads: number; cores: number },
): Measurement {
  const missing = (series.missing ?? []).filter((m) => REQUIRED.includes(m.metric));
  if (missing.length > 0) {
    return { ok: false, why: `Azure Monitor gave ${missingWords(missing)}` };
  }
  const clean = series.points.map(plausible);
  const points = clean.filter((p) => p.requests !== undefined);
  const withCpu = points.filter((p) => p.cpuSeconds !== undefined);
  if (withCpu.length === 0) {
    return {
      ok: false,
      why: "Azure Monitor gave no CPU time for the site (CpuTime had no data), and the plan's CpuPercentage stands in only for a site alone on its plan",
    };
  }
  const busy = withCpu.filter(
    (p) => p.requests! >= MIN_REQUESTS_PER_INTERVAL && p.responseSeconds !== undefined,
  );
  if (busy.length < MIN_BUSY_INTERVALS) {
    return {
      ok: false,
      why: `only ${busy.length} ${series.intervalSeconds / 60}-minute intervals had at least ${MIN_REQUESTS_PER_INTERVAL} requests on an instance (${MIN_BUSY_INTERVALS} needed)`,
    };
  }
  const cpu = cpuPerRequestOf(withCpu, busy);
  const cpuPerRequest = Math.max(cpu.perRequest, 1e-6);
  const servers = Math.max(1, current.workers * current.threads);
  const fit = fitService(
    busy.map((p) => ({
      rate: p.requests! / series.intervalSeconds,
      responseSeconds: p.responseSeconds!,
    })),
    servers,
  );
  const serviceSeconds = Math.max(fit.serviceSeconds, cpuPerRequest);
  if (!Number.isFinite(serviceSeconds) || !Number.isFinite(cpuPerRequest)) {
    return { ok: false, why: "its CPU time and response times do not add up to a service time" };
  }
  const memory = clean.flatMap((p) => (p.memoryBytes === undefined ? [] : [p.memoryBytes / MB]));
  // The peak counts every instance that reported in the interval, whichever they are.
  const byInterval = new Map<number, number>();
  const reporting = new Map<number, Set<string>>();
  for (const p of points) {
    byInterval.set(p.at, (byInterval.get(p.at) ?? 0) + p.requests!);
    reporting.set(p.at, (reporting.get(p.at) ?? new Set()).add(p.instance));
  }
  const perInstance = [...byInterval].map(([at, n]) => n / reporting.get(at)!.size);
  const busiest = [...byInterval].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const instances = new Set(points.map((p) => p.instance)).size;
  const requests = busy.reduce((sum, p) => sum + p.requests!, 0);
  const cpuTotal = withCpu.reduce((sum, p) => sum + p.cpuSeconds!, 0);
  return {
    ok: true,
    measured: {
      cpuPerRequest,
      idleCpuPerInterval: cpu.idle,
      serviceSeconds,
      variability: fit.fitted ? fit.variability : undefined,
      ioWaitRatio: clamp(1 - cpuPerRequest / serviceSeconds, 0, MAX_IO_WAIT_RATIO),
      workerMemoryMb:
        memory.length > 0
          ? Math.max(10, Math.round((median(memory) - MASTER_MB) / current.workers))
          : undefined,
      peakRequestsPerSecond: Math.max(...byInterval.values()) / series.intervalSeconds,
      peakPerInstancePerSecond: Math.max(...perInstance) / series.intervalSeconds,
      peakInstances: reporting.get(busiest)!.size,
      meanResponseSeconds:
        busy.reduce((s, p) => s + p.responseSeconds! * p.requests!, 0) / requests,
      cpuShare: cpuTotal / (withCpu.length * series.intervalSeconds * current.cores),
      basis: {
        busyIntervals: busy.length,
        instances,
        requests,
        ...(series.cpuFrom ? { cpuFrom: series.cpuFrom } : {}),
      },
    },
  };
}

/** A value no metric can take (negative, NaN, infinite) is missing, never a number. */
function plausible(p: InstanceInterval): InstanceInterval {
  const ok = (x: number | undefined) =>
    typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : undefined;
  return {
    ...p,
    cpuSeconds: ok(p.cpuSeconds),
    requests: ok(p.requests),
    responseSeconds: ok(p.responseSeconds),
    memoryBytes: ok(p.memoryBytes),
    errors5xx: ok(p.errors5xx),
  };
}

/** "no data for Requests and an error for HttpResponseTime (…)". */
export function missingWords(missing: readonly MissingMetric[]): string {
  const empty = missing.filter((m) => m.why === "no data").map((m) => m.metric);
  const failed = missing.filter((m) => m.why !== "no data").map((m) => `${m.metric} (${m.why})`);
  return [
    empty.length ? `no data for ${empty.join(" and ")}` : "",
    failed.length ? `an error for ${failed.join(" and ")}` : "",
  ]
    .filter(Boolean)
    .join(" and ");
}

/** Below this spread of requests per interval, a regression's slope is noise. */
const MIN_SPREAD = 0.25;

/**
 * CPU seconds per request, with the CPU an idle instance burns anyway left out: the slope of
 * CPU time regressed on requests when traffic varies enough; otherwise (a site always at the
 * same load) the CPU above the idle intervals' median, per request.
 */
function cpuPerRequestOf(
  points: readonly InstanceInterval[],
  busy: readonly InstanceInterval[],
): { perRequest: number; idle: number } {
  // Only intervals that report both: a padded point is missing data, not an idle minute.
  const requests = points.map((p) => p.requests!);
  const mean = requests.reduce((a, b) => a + b, 0) / requests.length;
  const spread =
    Math.sqrt(requests.reduce((a, r) => a + (r - mean) ** 2, 0) / requests.length) / mean;
  if (spread >= MIN_SPREAD) {
    const { slope, intercept } = regress(points.map((p) => [p.requests!, p.cpuSeconds!] as const));
    if (slope > 0) return { perRequest: slope, idle: Math.max(0, intercept) };
  }
  const idle = points.filter((p) => p.requests === 0).map((p) => p.cpuSeconds!);
  const floor = idle.length >= 3 ? median(idle) : 0;
  const used = busy.reduce((a, p) => a + Math.max(0, p.cpuSeconds! - floor), 0);
  return { perRequest: used / busy.reduce((a, p) => a + p.requests!, 0), idle: floor };
}

/** Least squares y = slope·x + intercept. */
function regress(points: ReadonlyArray<readonly [number, number]>): {
  slope: number;
  intercept: number;
} {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  const slope = sxx === 0 ? my / Math.max(mx, 1) : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
