// Azure Monitor's answers as the REST API documents them (Microsoft.Insights metrics 2024-02-01,
// GetMetric.json / GetMetricError.json; activity logs 2015-04-01, GetActivityLogsFiltered.json;
// the @azure/arm-monitor 8 options), built from what the platform recorded, not from what our
// code expects:
// - one point per interval over the whole timespan asked for; an interval with no data carries
//   only `timeStamp` (an instance that did not exist yet, minutes not yet ingested);
// - with a dimension filter at most `top` series per metric, 10 by default, the largest first,
//   so each metric may keep a different ten;
// - every metric asked for comes back: `timeseries: []` without data, or an `errorCode` and
//   `errorMessage` of its own in a 200 answer;
// - grains outside PT1M…P1D and spans past the 93-day retention are a 400;
// - the activity log is newest first and paged with `nextLink`; each operation is logged twice,
//   Started then Succeeded or Failed.

/** A metric as the platform recorded it: per instance, at PT1M, values only where there were any. */
export interface RecordedMetric {
  readonly name: string;
  readonly unit: string;
  /** A per-metric failure the API reports inside a 200 answer. */
  readonly error?: { readonly code: string; readonly message: string };
  readonly series: readonly {
    readonly instance: string;
    readonly points: readonly { at: number; total?: number; average?: number }[];
  }[];
}

const GRAINS: Readonly<Record<string, number>> = {
  PT1M: 60,
  PT5M: 300,
  PT15M: 900,
  PT30M: 1800,
  PT1H: 3600,
  PT6H: 21600,
  PT12H: 43200,
  P1D: 86400,
};
const RETENTION_MS = 93 * 86_400_000;
const DEFAULT_TOP = 10;

export type Answer = { status: number; body: unknown };

const badRequest = (message: string): Answer => ({
  status: 400,
  body: { error: { code: "BadRequest", message } },
});

export function answerMetrics(
  recorded: readonly RecordedMetric[],
  query: URLSearchParams,
  now = Date.now(),
): Answer {
  const interval = query.get("interval") ?? "PT1M";
  const grain = GRAINS[interval];
  if (!grain) return badRequest(`Invalid time grain duration: ${interval}`);
  const [from, to] = (query.get("timespan") ?? "").split("/").map((t) => Date.parse(t));
  if (!Number.isFinite(from) || !Number.isFinite(to) || from! >= to!)
    return badRequest("Invalid timespan");
  if (from! < now - RETENTION_MS)
    return badRequest("Query timespan is out of the Max metrics retention period of 93 days");
  const split = /Instance eq '\*'/i.test(query.get("$filter") ?? "");
  const top = Number(query.get("top") ?? DEFAULT_TOP);
  const aggregations = (query.get("aggregation") ?? "Average")
    .split(",")
    .map((a) => a.trim().toLowerCase());
  const names = (query.get("metricnames") ?? "").split(",").filter(Boolean);
  const value = names.map((name) => {
    const metric = recorded.find((m) => m.name.toLowerCase() === name.toLowerCase());
    const head = {
      id: `/metrics/${name}`,
      type: "Microsoft.Insights/metrics",
      name: { value: name, localizedValue: name },
      unit: metric?.unit ?? "Count",
      displayDescription: "",
    };
    if (metric?.error) {
      return {
        ...head,
        errorCode: metric.error.code,
        errorMessage: metric.error.message,
        timeseries: [],
      };
    }
    const frame = { from: from!, to: to!, grain: grain * 1000, aggregations };
    const series = split
      ? (metric?.series ?? [])
          .map((s) => ({ instance: s.instance, points: inFrame(s.points, frame) }))
          .filter((s) => s.points.size > 0)
          .sort((a, b) => weight(b.points) - weight(a.points))
          .slice(0, top)
          .map((s) => ({
            metadatavalues: [
              { name: { value: "instance", localizedValue: "instance" }, value: s.instance },
            ],
            data: padded(s.points, frame),
          }))
      : merged(metric, frame);
    return { ...head, errorCode: "Success", timeseries: series };
  });
  return {
    status: 200,
    body: {
      cost: 0,
      timespan: query.get("timespan"),
      interval,
      namespace: "Microsoft.Web/sites",
      resourceregion: "westeurope",
      value,
    },
  };
}

interface Frame {
  readonly from: number;
  readonly to: number;
  readonly grain: number;
  readonly aggregations: readonly string[];
}

type Bucket = { total?: number; average?: number };

/** The recorded points of one series, summed (total) and averaged per interval of the frame. */
function inFrame(
  points: RecordedMetric["series"][number]["points"],
  frame: Frame,
): Map<number, Bucket> {
  const raw = new Map<number, unknown>();
  const sums = new Map<
    number,
    { total: number; avg: number; n: number; hasTotal: boolean; hasAvg: boolean }
  >();
  for (const p of points) {
    if (p.at < frame.from || p.at >= frame.to) continue;
    const at = frame.from + Math.floor((p.at - frame.from) / frame.grain) * frame.grain;
    const b = sums.get(at) ?? { total: 0, avg: 0, n: 0, hasTotal: false, hasAvg: false };
    // A value the platform recorded oddly ("12.5", null) is passed on as it is, not summed.
    if (p.total !== undefined && typeof p.total !== "number") raw.set(at, p.total);
    else if (p.total !== undefined) ((b.total += p.total), (b.hasTotal = true));
    if (p.average !== undefined) ((b.avg += p.average), b.n++, (b.hasAvg = true));
    sums.set(at, b);
  }
  const out = new Map<number, Bucket>();
  for (const [at, b] of sums) {
    const bucket: Bucket = {};
    if (raw.has(at) && frame.aggregations.includes("total")) bucket.total = raw.get(at) as number;
    if (b.hasTotal && frame.aggregations.includes("total")) bucket.total = b.total;
    if (b.hasAvg && frame.aggregations.includes("average")) bucket.average = b.avg / b.n;
    if (Object.keys(bucket).length > 0) out.set(at, bucket);
  }
  return out;
}

/** One point per interval over the whole timespan: a timestamp alone where there is no data. */
function padded(points: Map<number, Bucket>, frame: Frame) {
  const data = [];
  for (let at = frame.from; at < frame.to; at += frame.grain) {
    data.push({ timeStamp: new Date(at).toISOString(), ...(points.get(at) ?? {}) });
  }
  return data;
}

function weight(points: Map<number, Bucket>): number {
  let sum = 0;
  for (const b of points.values()) sum += b.total ?? b.average ?? 0;
  return sum;
}

/** Without a dimension filter: one series over all instances (totals add, averages average). */
function merged(metric: RecordedMetric | undefined, frame: Frame) {
  const buckets = new Map<number, { total: number; avg: number; n: number; t: boolean }>();
  for (const s of metric?.series ?? []) {
    for (const [at, b] of inFrame(s.points, frame)) {
      const m = buckets.get(at) ?? { total: 0, avg: 0, n: 0, t: false };
      if (b.total !== undefined) ((m.total += b.total), (m.t = true));
      if (b.average !== undefined) ((m.avg += b.average), m.n++);
      buckets.set(at, m);
    }
  }
  if (buckets.size === 0) return [];
  const points = new Map<number, Bucket>(
    [...buckets].map(([at, m]) => [
      at,
      { ...(m.t ? { total: m.total } : {}), ...(m.n ? { average: m.avg / m.n } : {}) },
    ]),
  );
  return [{ data: padded(points, frame) }];
}

/** An activity-log event pair as the API logs one operation: Started, then how it ended. */
export function operationEvents(opts: {
  resourceId: string;
  operation: string;
  at: Date;
  outcome: "Succeeded" | "Failed";
  id: string;
}): unknown[] {
  const event = (status: string, at: Date, name: string) => ({
    authorization: { action: opts.operation, scope: opts.resourceId },
    caller: "deploy@contoso.com",
    correlationId: opts.id,
    description: "",
    eventDataId: `${opts.id}-${status}`,
    eventName: {
      value: name,
      localizedValue: name === "BeginRequest" ? "Begin request" : "End request",
    },
    httpRequest: { clientRequestId: opts.id, clientIpAddress: "203.0.113.7", method: "PUT" },
    id: `${opts.resourceId}/events/${opts.id}-${status}/ticks/${at.getTime()}`,
    level: status === "Failed" ? "Error" : "Informational",
    resourceGroupName: opts.resourceId.split("/")[4],
    resourceProviderName: { value: "Microsoft.Web", localizedValue: "Microsoft.Web" },
    resourceId: opts.resourceId,
    operationId: opts.id,
    operationName: { value: opts.operation, localizedValue: "Update web app configuration" },
    properties: { statusCode: status === "Failed" ? "Conflict" : "OK" },
    status: { value: status, localizedValue: status },
    subStatus:
      status === "Started"
        ? { value: "", localizedValue: "" }
        : {
            value: status === "Failed" ? "Conflict" : "OK",
            localizedValue:
              status === "Failed"
                ? "Conflict (HTTP Status Code: 409)"
                : "OK (HTTP Status Code: 200)",
          },
    eventTimestamp: at.toISOString(),
    submissionTimestamp: new Date(at.getTime() + 12_000).toISOString(),
    subscriptionId: opts.resourceId.split("/")[2],
  });
  const end = new Date(opts.at.getTime() + 4_000);
  return [event("Started", opts.at, "BeginRequest"), event(opts.outcome, end, "EndRequest")];
}

/** The activity log's answer: the filter applied, newest first, `pageSize` a page. */
export function answerActivity(
  events: readonly unknown[],
  url: URL,
  origin: string,
  pageSize: number,
): Answer {
  const filter = url.searchParams.get("$filter") ?? "";
  const ge = /eventTimestamp ge '([^']+)'/.exec(filter)?.[1];
  const le = /eventTimestamp le '([^']+)'/.exec(filter)?.[1];
  const uri = /resourceUri eq '([^']+)'/.exec(filter)?.[1]?.toLowerCase();
  const chosen = (events as { eventTimestamp: string; resourceId?: string }[])
    .filter((e) => (!ge || e.eventTimestamp >= ge) && (!le || e.eventTimestamp <= le))
    .filter((e) => !uri || (e.resourceId ?? "").toLowerCase() === uri)
    .sort((a, b) => b.eventTimestamp.localeCompare(a.eventTimestamp));
  const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
  const page = chosen.slice(skip, skip + pageSize);
  const next = new URL(url.pathname, origin);
  for (const [k, v] of url.searchParams) if (k !== "$skiptoken") next.searchParams.set(k, v);
  next.searchParams.set("$skiptoken", String(skip + pageSize));
  return {
    status: 200,
    body: {
      value: page,
      ...(skip + pageSize < chosen.length ? { nextLink: next.toString() } : {}),
    },
  };
}
