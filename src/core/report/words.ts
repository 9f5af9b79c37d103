// Small helpers for readable English in reasons and reports.

/** `plural(1, "worker")` → "1 worker"; `plural(3, "worker")` → "3 workers". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * A wait share in percent: whole percents, and hundredths above 99 %, where a tenth of a
 * percent triples the requests in flight (99.97, never a rounded 100).
 */
export function waitPercent(share: number): number {
  return share < 0.99 ? Math.round(share * 100) : Math.round(share * 10000) / 100;
}
