// Durations and shares as the report writes them.

/** 0.153 → "153 ms"; 2.04 → "2.0 s". */
export function duration(seconds: number): string {
  return seconds >= 1 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds * 1000)} ms`;
}

/** 0.0312 → "3.1 %". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
