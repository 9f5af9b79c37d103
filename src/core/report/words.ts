// Small helpers for readable English in reasons and reports.

/** `plural(1, "worker")` → "1 worker"; `plural(3, "worker")` → "3 workers". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
