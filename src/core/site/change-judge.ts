// Judges the last recorded change on a later run: the site's metrics before and after it, at
// comparable load (only the intervals whose request rate both periods share), so a change is
// not blamed for a busier week nor praised for a quieter one.
import { bootLoop, describeProblems, type LogProblems } from "./container-logs.js";
import { median, quantile } from "./queueing.js";
import { percent } from "./units.js";
import type { InstanceInterval, SiteSeries } from "./site-metrics.js";

/** Worse: p95 this much longer, 5xx this many points higher, or memory above this share. */
export const REGRESSION = { p95Ratio: 1.2, errorPoints: 0.01, memoryShare: 0.9 };
/** Better: p95 at most this share of before. */
const BETTER_P95 = 0.9;
/** Busy intervals each period needs at comparable load before a verdict. */
export const MIN_COMPARABLE = 30;
/** The first intervals after a change are its restart, not its steady state. */
const SETTLE_MS = 10 * 60_000;

export interface PeriodStats {
  readonly intervals: number;
  readonly p50: number;
  readonly p95: number;
  readonly errorShare: number;
  /** Median working set as a share of the plan's memory; undefined without data. */
  readonly memoryShare: number | undefined;
}

export type Verdict =
  | { readonly kind: "wait"; readonly have: number; readonly need: number }
  | {
      readonly kind: "worse" | "better" | "same";
      readonly before: PeriodStats;
      readonly after: PeriodStats;
      /** Requests per minute per instance both periods saw. */
      readonly rates: readonly [number, number];
      /** What made it worse, in words. */
      readonly reasons: readonly string[];
    };

/** What the container log says since the change, with the workers the site runs; optional. */
export interface SinceChange {
  readonly problems: LogProblems;
  readonly workers: number;
}

export function judgeChange(
  series: SiteSeries,
  changedAt: number,
  memoryMb: number,
  logs?: SinceChange,
): Verdict {
  const perMinute = (p: InstanceInterval) => (p.requests! * 60) / series.intervalSeconds;
  const busy = series.points.filter(
    (p) => (p.requests ?? 0) > 0 && p.responseSeconds !== undefined,
  );
  const before = busy.filter((p) => p.at < changedAt);
  const after = busy.filter((p) => p.at >= changedAt + SETTLE_MS);
  const [lo, hi] = sharedRange(before.map(perMinute), after.map(perMinute));
  const comparable = (list: InstanceInterval[]) =>
    list.filter((p) => perMinute(p) >= lo && perMinute(p) <= hi);
  const [b, a] = [comparable(before), comparable(after)];
  if (b.length < MIN_COMPARABLE || a.length < MIN_COMPARABLE) {
    return { kind: "wait", have: Math.min(b.length, a.length), need: MIN_COMPARABLE };
  }
  const all = series.points;
  const statsOf = (list: InstanceInterval[], inside: (t: number) => boolean) =>
    stats(
      list,
      all.filter((p) => inside(p.at)),
      memoryMb,
    );
  const beforeStats = statsOf(b, (t) => t < changedAt);
  const afterStats = statsOf(a, (t) => t >= changedAt + SETTLE_MS);
  const reasons = [...regressions(beforeStats, afterStats), ...logReasons(logs)];
  const kind =
    reasons.length > 0
      ? "worse"
      : afterStats.p95 <= beforeStats.p95 * BETTER_P95
        ? "better"
        : "same";
  return { kind, before: beforeStats, after: afterStats, rates: [lo, hi], reasons };
}

/** The 10th to 90th percentile of request rates that both periods reach. */
function sharedRange(before: number[], after: number[]): [number, number] {
  const at = (xs: number[], q: number) =>
    xs.length
      ? quantile(
          [...xs].sort((x, y) => x - y),
          q,
        )
      : 0;
  return [Math.max(at(before, 0.1), at(after, 0.1)), Math.min(at(before, 0.9), at(after, 0.9))];
}

function stats(busy: InstanceInterval[], all: InstanceInterval[], memoryMb: number): PeriodStats {
  const times = busy.map((p) => p.responseSeconds!).sort((x, y) => x - y);
  const requests = all.reduce((n, p) => n + (p.requests ?? 0), 0);
  const errors = all.reduce((n, p) => n + (p.errors5xx ?? 0), 0);
  const memory = all.flatMap((p) => (p.memoryBytes === undefined ? [] : [p.memoryBytes]));
  return {
    intervals: busy.length,
    p50: median(times),
    p95: quantile(times, 0.95),
    errorShare: requests ? errors / requests : 0,
    memoryShare: memory.length ? median(memory) / 1048576 / memoryMb : undefined,
  };
}

function regressions(before: PeriodStats, after: PeriodStats): string[] {
  const out: string[] = [];
  if (after.p95 >= before.p95 * REGRESSION.p95Ratio)
    out.push(`p95 response ${(after.p95 / before.p95).toFixed(1)}× as long`);
  if (after.errorShare - before.errorShare > REGRESSION.errorPoints)
    out.push(`5xx up from ${percent(before.errorShare)} to ${percent(after.errorShare)}`);
  if ((after.memoryShare ?? 0) > REGRESSION.memoryShare)
    out.push(`memory at ${percent(after.memoryShare!)} of the plan`);
  return out;
}

/** Workers killed or timing out, or a boot loop, since the change: each is worse. */
function logReasons(logs: SinceChange | undefined): string[] {
  if (!logs) return [];
  const { problems, workers } = logs;
  const serious = problems.timeouts > 0 || problems.killed > 0 || bootLoop(problems, workers);
  return serious ? [`the container log shows ${describeProblems(problems)} since the change`] : [];
}
