// Types for the tests, which check run lengths on plain data.
export const CYCLES: number;
export const SKIP_LOADED: number;
export const WINDOW_LOADED: number;
export function runPlan(
  workload: { waitMs: number; cpuMs: number },
  opt: { smoke?: boolean; duration: number; connections: number },
  cores: number,
): { seconds: number; skip: number };
