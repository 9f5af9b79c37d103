// The benchmark's preset ranking on plain data: configurations that meet the targets
// come before one with more throughput and a worse tail.
import { describe, expect, it } from "vitest";
import { choosePresets } from "../bench/lib/choose.mjs";

const BANDS = [{ preset: "io-bound", lo: 0.85, hi: 0.995 }];
const io = [
  { name: "a", waitMs: 95, cpuMs: 5 },
  { name: "b", waitMs: 600, cpuMs: 3 },
];
const m = (rps: number, p99: number) => ({ rps, p99 });
const order = (grid: Parameters<typeof choosePresets>[2]) =>
  choosePresets(BANDS, io, grid)[0]!.ranked;

describe("choosePresets", () => {
  it("ranks configurations that meet both targets above a faster one with a worse tail", () => {
    const ranked = order({
      a: { "6x20": m(100, 100), "2x32": m(90, 110), "6x64": m(95, 250) },
      b: { "6x20": m(85, 115), "2x32": m(100, 100), "6x64": m(98, 300) },
    });
    expect(ranked.map((r) => r.config)).toEqual(["2x32", "6x20", "6x64"]);
    expect(ranked[0]!.worst).toBeCloseTo(0.9);
    expect(ranked[0]!.worstP99).toBeCloseTo(1.1);
    expect(ranked[2]!.worst).toBeCloseTo(0.95);
    expect(ranked[2]!.worstP99).toBeCloseTo(3);
  });

  it("falls back to the best worst case, fewer processes on a tie, when none meets the targets", () => {
    const ranked = order({
      a: { "6x20": m(100, 300), "2x32": m(99, 300), "1x4": m(50, 100) },
      b: { "6x20": m(80, 100), "2x32": m(79, 100), "1x4": m(100, 100) },
    });
    expect(ranked.map((r) => r.config)).toEqual(["2x32", "6x20", "1x4"]);
  });

  it("breaks a tie by processes before slots: one process of 4 threads before 3 sync workers", () => {
    const ranked = order({
      a: { "3x1": m(100, 100), "1x4": m(99, 100) },
      b: { "3x1": m(98, 100), "1x4": m(100, 100) },
    });
    expect(ranked.map((r) => r.config)).toEqual(["1x4", "3x1"]);
  });
});
