// Per-instance vCPU and memory of App Service (Linux) plan SKUs.
// Source: Microsoft Learn "App Service pricing" / "App Service limits" pages, checked into
// ../shared/AZURE-NOTES.md. The Premium v4 rows are unverified there: they follow the v3 shape.
import { closeMatches } from "../inputs/suggest.js";

export interface PlanResources {
  /** The SKU name as Azure spells it (`sku.name` on the plan resource). */
  readonly sku: string;
  readonly cores: number;
  readonly memoryMb: number;
  /** F1 shares a core with other tenants and has a daily CPU quota. */
  readonly sharedCpu: boolean;
}

const GB = 1024;

type Row = readonly [sku: string, cores: number, memoryGb: number];

function family(names: readonly string[], cores: readonly number[], gb: readonly number[]): Row[] {
  return names.map((name, i) => [name, cores[i]!, gb[i]!] as const);
}

const ROWS: readonly Row[] = [
  ["F1", 1, 1],
  ...family(["B1", "B2", "B3"], [1, 2, 4], [1.75, 3.5, 7]),
  ...family(["S1", "S2", "S3"], [1, 2, 4], [1.75, 3.5, 7]),
  ...family(["P1v2", "P2v2", "P3v2"], [1, 2, 4], [3.5, 7, 14]),
  ...family(["P0v3", "P1v3", "P2v3", "P3v3"], [1, 2, 4, 8], [4, 8, 16, 32]),
  ...family(
    ["P1mv3", "P2mv3", "P3mv3", "P4mv3", "P5mv3"],
    [2, 4, 8, 16, 32],
    [16, 32, 64, 128, 256],
  ),
  ...family(["P0v4", "P1v4", "P2v4", "P3v4"], [1, 2, 4, 8], [4, 8, 16, 32]),
  ...family(
    ["P1mv4", "P2mv4", "P3mv4", "P4mv4", "P5mv4"],
    [2, 4, 8, 16, 32],
    [16, 32, 64, 128, 256],
  ),
  ...family(
    ["I1v2", "I2v2", "I3v2", "I4v2", "I5v2", "I6v2"],
    [2, 4, 8, 16, 32, 64],
    [8, 16, 32, 64, 128, 256],
  ),
  ...family(
    ["I1mv2", "I2mv2", "I3mv2", "I4mv2", "I5mv2"],
    [2, 4, 8, 16, 32],
    [16, 32, 64, 128, 256],
  ),
];

const BY_KEY = new Map<string, PlanResources>(
  ROWS.map(([sku, cores, gb]) => [
    sku.toLowerCase(),
    { sku, cores, memoryMb: Math.round(gb * GB), sharedCpu: sku === "F1" },
  ]),
);

export const PLAN_SKUS: readonly string[] = ROWS.map(([sku]) => sku);

/** Looks a SKU up case-insensitively; undefined when unknown. */
export function findPlan(sku: string): PlanResources | undefined {
  return BY_KEY.get(sku.trim().toLowerCase());
}

/** SKUs that look like a mistyped `input`, closest first (for "did you mean" errors). */
export function closePlans(input: string, limit = 4): string[] {
  return closeMatches(input, PLAN_SKUS, limit);
}
