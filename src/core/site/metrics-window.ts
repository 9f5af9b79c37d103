// metrics-window: how far back the site's metrics are read, as an ISO 8601 duration.
import { InputError } from "../inputs/errors.js";

export interface MetricsWindow {
  readonly text: string;
  readonly ms: number;
}

const HOUR = 3_600_000;
/** Azure Monitor keeps platform metrics for 93 days. */
const MAX_DAYS = 93;
export const RETENTION_MS = MAX_DAYS * 24 * HOUR;

export function parseWindow(value: string): MetricsWindow {
  const m = value.toUpperCase().match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/);
  const ms = m ? (Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * HOUR : 0;
  if (!m || ms < HOUR || ms > MAX_DAYS * 24 * HOUR) {
    throw new InputError(
      "metrics-window",
      value,
      `use an ISO 8601 duration in days or hours from PT1H to P${MAX_DAYS}D, e.g. P7D or PT12H`,
    );
  }
  return { text: value.toUpperCase(), ms };
}

/**
 * The finest grain that keeps each series to about a day of minutes (1,440 points), so one
 * request stays small: a choice, not an API limit (Azure documents none; very large answers
 * have failed to serialize). Every grain used is one Azure allows (PT1M to PT1H here).
 */
export function grainFor(window: MetricsWindow): { iso: string; seconds: number } {
  const minutes = window.ms / 60_000;
  for (const [iso, seconds] of [
    ["PT1M", 60],
    ["PT5M", 300],
    ["PT15M", 900],
    ["PT30M", 1800],
  ] as const) {
    if (minutes / (seconds / 60) <= 1440) return { iso, seconds };
  }
  return { iso: "PT1H", seconds: 3600 };
}

/** The whole intervals of the window that ends now, never before what Azure keeps. */
export function spanFor(
  window: MetricsWindow,
  now: number,
): { start: Date; end: Date; grain: { iso: string; seconds: number } } {
  const grain = grainFor(window);
  const step = grain.seconds * 1000;
  // Whole intervals only: the one in progress is still filling up.
  const end = Math.floor(now / step) * step;
  const start = Math.max(end - window.ms, Math.ceil((now - RETENTION_MS) / step) * step);
  return { start: new Date(start), end: new Date(end), grain };
}
