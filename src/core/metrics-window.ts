// metrics-window: how far back the site's metrics are read, as an ISO 8601 duration.
import { InputError } from "./errors.js";

export interface MetricsWindow {
  readonly text: string;
  readonly ms: number;
}

const HOUR = 3_600_000;
/** Azure Monitor keeps platform metrics for 93 days. */
const MAX_DAYS = 93;

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

/** A grain that keeps each series within a day of minutes (1,440 points) per request. */
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
