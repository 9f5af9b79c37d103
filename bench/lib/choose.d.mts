// Types for the tests, which check the ranking on plain data.
export interface Scored {
  config: string;
  worst: number;
  worstP99: number;
}
export interface Choice {
  preset: string;
  workloads: string[];
  ranked: Scored[];
}
export const TARGET: { worst: number; p99: number; exact: number };
export function meetsTarget(s: Scored): boolean;
export function choosePresets(
  bands: readonly { preset: string; lo: number; hi: number }[],
  workloads: readonly { name: string; waitMs: number; cpuMs: number }[],
  grid: Record<string, Record<string, { rps: number; p99: number }>>,
): Choice[];
