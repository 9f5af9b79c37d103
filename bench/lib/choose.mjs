// Chooses each preset's configuration from the grid pass: the one whose worst share of the best
// throughput, over the band's workloads, is highest. Ties (within TIE) go to fewer requests in
// flight, which spare the app's database connections.
import { bandsOf } from "./workloads.mjs";
import { versusBest } from "./passes.mjs";

const TIE = 0.02;

export function choosePresets(bands, workloads, grid, { minWorkers }) {
  return bands.flatMap((band) => {
    const inBand = workloads.filter((w) => bandsOf(w).includes(band) && grid[w.name]);
    if (inBand.length === 0) return [];
    const keys = Object.keys(grid[inBand[0].name]).filter(
      (k) =>
        Number(k.split("x")[0]) >= minWorkers && inBand.every((w) => grid[w.name][k] !== undefined),
    );
    const scored = keys.map((k) => {
      const each = inBand.map((w) => ({ workload: w.name, ...versusBest(grid[w.name], k) }));
      const worst = Math.min(...each.map((e) => e.ratio));
      return { config: k, worst, worstP99: Math.max(...each.map((e) => e.p99)), each };
    });
    const top = Math.max(...scored.map((s) => s.worst));
    const slots = (k) =>
      k
        .split("x")
        .map(Number)
        .reduce((a, b) => a * b);
    const ranked = scored.sort((a, b) =>
      a.worst >= top - TIE && b.worst >= top - TIE
        ? slots(a.config) - slots(b.config)
        : b.worst - a.worst,
    );
    return {
      preset: band.preset,
      workloads: inBand.map((w) => w.name),
      ranked: ranked.slice(0, 6),
    };
  });
}
