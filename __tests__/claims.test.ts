// The figures the README and docs/how-the-numbers-are-chosen.md state, computed again from the
// published benchmark (docs/benchmarks.json) and looked for, word for word; and the reasons the
// report gives, short and linked to sections that exist.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVIDENCE } from "../src/core/sizing/evidence.js";
import { findPlan, PLAN_SKUS } from "../src/core/sizing/plans.js";
import { IO_PROFILES, PRESETS } from "../src/core/sizing/presets.js";
import { recommend } from "../src/core/sizing/recommend.js";
import { ROOT } from "./helpers/paths.js";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const CHOSEN = read("docs/how-the-numbers-are-chosen.md");
const README = read("README.md");

interface Run {
  readonly rps: number;
  readonly p99: number;
}
type Confirm = Record<string, Record<string, Run>>;
interface Section {
  readonly confirm: Confirm;
  readonly grid: Confirm;
  readonly ours: Record<string, { exact: [number, number]; presets: Record<string, number[]> }>;
  readonly choice?: {
    preset: string;
    ranked: { config: string; worst: number; worstP99: number }[];
  }[];
}
const bench = JSON.parse(read("docs/benchmarks.json")) as {
  sections: { bands: Section; twoCore: Section; asgi: Section };
};
const { bands, twoCore, asgi } = bench.sections;

const two = (x: number) => x.toFixed(2);
const key = ([w, t]: readonly number[]) => `${w}x${t}`;
const best = (runs: Record<string, Run>) => Math.max(...Object.values(runs).map((r) => r.rps));
const share = (section: Section, workload: string, config: string) =>
  section.confirm[workload]![config]!.rps / best(section.confirm[workload]!);
const range = (xs: number[]) => `${two(Math.min(...xs))}–${two(Math.max(...xs))}`;

describe("docs/how-the-numbers-are-chosen.md agrees with docs/benchmarks.json", () => {
  it("states each preset's worst share and tail, and the runners-up", () => {
    const ranked = (preset: string, config: string) =>
      bands.choice!.find((c) => c.preset === preset)!.ranked.find((r) => r.config === config)!;
    for (const profile of IO_PROFILES) {
      const ours = ranked(
        profile,
        key([PRESETS[profile].oneVcpu.workers, PRESETS[profile].oneVcpu.threads]),
      );
      expect(CHOSEN).toContain(`| ${two(ours.worst)}, p99 ≤ ${two(ours.worstP99)}×`);
    }
    expect(CHOSEN).toContain(`(3 sync workers: ${two(ranked("cpu-bound", "3x1").worst)})`);
    const alt = ranked("mixed", "2x8");
    expect(CHOSEN).toContain(`(2 × 8: ${two(alt.worst)}, p99 ≤ ${two(alt.worstP99)}×)`);
    expect(CHOSEN).toContain(`(2 × 64: ${two(ranked("io-bound", "2x64").worst)})`);
  });

  it("states what the exact-share rule held on one and two vCPUs", () => {
    const one = Object.keys(bands.confirm).map((w) => share(bands, w, key(bands.ours[w]!.exact)));
    const low = Math.min(...one);
    const rest = one.filter((x) => x !== low);
    expect(CHOSEN).toContain(
      `at least\n${two(Math.min(...rest))} of the best on ${rest.length} of the ${one.length} workloads, and ${two(low)} at 29 % waiting`,
    );
    const twoCores = Object.keys(twoCore.confirm).map((w) =>
      share(twoCore, w, key(twoCore.ours[w]!.exact)),
    );
    expect(CHOSEN).toContain(`On two vCPUs it held ${range(twoCores)}.`);
    const presets = Object.keys(twoCore.confirm).map((w) =>
      share(twoCore, w, key(Object.values(twoCore.ours[w]!.presets)[0]!)),
    );
    expect(CHOSEN).toContain(`the presets held\n${range(presets)} of the best`);
    expect(CHOSEN).toContain(`workers, held ${two(share(twoCore, "w83-cpu8", "7x1"))} at 83 %`);
  });

  it("states what one event loop and more loops on one core held", () => {
    const one = Object.keys(asgi.confirm).map((w) => share(asgi, w, "1x1"));
    expect(CHOSEN).toContain(`one worker held ${range(one)} of the best`);
    const vsOne = (w: string, c: string) => asgi.confirm[w]![c]!.rps / asgi.confirm[w]!["1x1"]!.rps;
    expect(CHOSEN).toContain(
      `Three loops on the same core held ${two(vsOne("async-w95", "3x1"))} of one loop's`,
    );
    const def = Object.keys(asgi.confirm)
      .filter((w) => w.startsWith("def-"))
      .flatMap((w) =>
        Object.keys(asgi.confirm[w]!)
          .filter((c) => c !== "1x1")
          .map((c) => vsOne(w, c)),
      );
    expect(CHOSEN).toContain(`more workers\nheld ${range(def)} of one`);
  });

  it("states the connection cap's figures as the run that measured both published them", () => {
    const published = JSON.parse(
      execFileSync("git", ["show", "1199258:docs/benchmarks.json"], {
        cwd: ROOT,
        encoding: "utf8",
      }),
    ) as { sections: { bands: Section } };
    const confirm = published.sections.bands.confirm;
    const rps = (w: string, c: string) => Math.round(confirm[w]![c]!.rps);
    expect(CHOSEN).toContain(
      `6 × 20 served ${rps("w95-cpu2", "6x20")} requests/s with\nthe cap against ${rps("w95-cpu2", "6x20k")} without at 95 % waiting with 2 ms bursts, ${rps("w95-cpu5", "6x20")} against ${rps("w95-cpu5", "6x20k")} with 5 ms bursts,\nand ${rps("w95-cpu30", "6x20")} against ${rps("w95-cpu30", "6x20k")} with 30 ms bursts.`,
    );
  });
});

describe("the long-wait figures agree with docs/benchmarks-long-grid.json", () => {
  const grid = JSON.parse(read("docs/benchmarks-long-grid.json")).results as Confirm;
  const rps = (w: string, k: string) => grid[w]![k]!.rps;
  const slots = (k: string) =>
    k
      .replace(/^d/, "")
      .split("x")
      .map(Number)
      .reduce((a, b) => a * b);
  const threaded = (w: string, n: number) =>
    Object.keys(grid[w]!).filter((k) => !k.startsWith("g") && slots(k) === n);

  it("states what too few and too many slots did", () => {
    expect(rps("wait-1.5s-256", "2x32") / best(grid["wait-1.5s-256"]!)).toBeCloseTo(0.25, 1);
    expect(CHOSEN).toContain("The io-bound preset's 64 held a quarter");
    const half = Math.max(...threaded("wait-15s-1024", 512).map((k) => rps("wait-15s-1024", k)));
    expect(half / best(grid["wait-15s-1024"]!)).toBeCloseTo(0.5, 1);
    expect(CHOSEN).toContain("512 slots held half of 1,024 users waiting 15 s");
    const full = threaded("wait-1.5s-1024", 1024).map((k) => rps("wait-1.5s-1024", k));
    expect(CHOSEN).toContain(
      `384 slots served ${Math.round(rps("wait-1.5s-1024", "6x64"))} requests/s and 1,024 slots ${Math.floor(Math.min(...full))} to\n  ${Math.round(Math.max(...full))}`,
    );
  });

  it("states that 512 threads a worker gained nothing, and where gevent served more", () => {
    for (const w of ["wait-15s-1024", "wait-4s-512"]) {
      expect(rps(w, "2x512")).toBeLessThanOrEqual(rps(w, "4x256"));
    }
    const threads = (w: string) =>
      Math.max(
        ...Object.keys(grid[w]!)
          .filter((k) => !k.startsWith("g"))
          .map((k) => rps(w, k)),
      );
    expect(rps("wait-1.5s-1024", "g1")).toBeGreaterThan(threads("wait-1.5s-1024") * 1.1);
    for (const w of ["wait-1.5s-256", "wait-4s-512", "wait-15s-1024", "stream-10s-256"]) {
      expect(Math.max(rps(w, "g1"), rps(w, "g2")) / threads(w)).toBeGreaterThan(0.95);
    }
  });
});

describe("the sync headroom agrees with docs/sync-headroom.json", () => {
  it("states what threads and sync workers held at 83 % and 75 % waiting, in both runs", () => {
    const { confirm, earlier } = JSON.parse(read("docs/sync-headroom.json")) as {
      confirm: Record<string, Record<string, Run>>;
      earlier: {
        median: Record<string, Record<string, number>>;
        rounds: Record<string, Record<string, number[]>>;
      };
    };
    const first = (w: string, k: string) =>
      two(earlier.median[w]![k]! / Math.max(...Object.values(earlier.median[w]!)));
    const second = (w: string, k: string) => two(confirm[w]![k]!.rps / best(confirm[w]!));
    const both = (w: string, k: string) => `${first(w, k)}\nand ${second(w, k)}`;
    expect(CHOSEN).toContain(`at 83 % waiting 6 × 2 held ${first("w83-cpu8", "6x2")}`);
    expect(CHOSEN).toContain(
      `held ${both("w83-cpu8", "6x2")} of the best, 6 sync workers ${first("w83-cpu8", "6x1")} and ${second("w83-cpu8", "6x1")}`,
    );
    const sync = earlier.rounds["w83-cpu8"]!["6x1"]!;
    expect(CHOSEN).toContain(
      `(${Math.floor(Math.min(...sync))} to ${Math.floor(Math.max(...sync))} requests/s`,
    );
    expect(CHOSEN).toContain(
      `5 × 2 held ${first("w75-cpu10", "5x2")} and ${second("w75-cpu10", "5x2")}, 5 sync workers ${first("w75-cpu10", "5x1")} and ${second("w75-cpu10", "5x1")}`,
    );
    const p99 = (w: string, k: string) =>
      confirm[w]![k]!.p99 /
      Math.min(
        ...Object.values(confirm[w]!)
          .filter((r) => r.rps === best(confirm[w]!))
          .map((r) => r.p99),
      );
    expect(Math.max(p99("w83-cpu8", "6x2"), p99("w75-cpu10", "5x2"))).toBeLessThanOrEqual(1.005);
    expect(two(Math.max(p99("w83-cpu8", "6x1"), p99("w75-cpu10", "5x1")))).toBe("1.02");
  });
});

describe("the long-wait results agree with docs/benchmarks-long.json", () => {
  const long = JSON.parse(read("docs/benchmarks-long.json")) as {
    ours: Record<string, string>;
    results: Confirm;
  };
  const versus = (w: string, k: string, threadsOnly = false) => {
    const runs = Object.entries(long.results[w]!).filter(
      ([c]) => !threadsOnly || !c.startsWith("g"),
    );
    const top = runs.reduce((a, b) => (b[1].rps > a[1].rps ? b : a))[1];
    const r = long.results[w]![k]!;
    return { rps: r.rps / top.rps, p99: r.p99 / top.p99 };
  };

  it("states what the rule held, and where gevent served more", () => {
    const held = Object.keys(long.ours)
      .filter((w) => w !== "wait-1.5s-1024")
      .map((w) => versus(w, long.ours[w]!));
    expect(CHOSEN).toContain(
      `held ${range(held.map((h) => h.rps))} of the best on four of\n  the five workloads, p99 at most ${Math.max(...held.map((h) => h.p99)).toFixed(2)}× the best's`,
    );
    expect(CHOSEN).toContain(
      `(the 64-thread cap it replaces held ${two(versus("wait-15s-1024", "6x64").rps)} at\n  15 s)`,
    );
    const over = versus("wait-1.5s-1024", long.ours["wait-1.5s-1024"]!);
    expect(versus("wait-1.5s-1024", long.ours["wait-1.5s-1024"]!, true).rps).toBe(1);
    expect(CHOSEN).toContain(`${two(over.rps)} of one gevent worker, p99 ${two(over.p99)}×`);
    const more = JSON.parse(read("docs/benchmarks-long-processes.json")).results["wait-1.5s-1024"];
    const threads = ["8x55", "10x44", "12x37"].map((k) => Math.round(more[k].rps));
    expect(CHOSEN).toContain(
      `served ${Math.min(...threads)} to ${Math.max(...threads)} requests/s against gevent's ${Math.round(more.g1.rps)}`,
    );
  });
});

describe("README.md agrees with docs/benchmarks.json", () => {
  it("states the platform default against the exact share as measured", () => {
    const rows = [...README.matchAll(/^\| (.+?) +\| ([\d.]+) req\/s +\| ([\d.]+) req\/s +\|/gm)];
    const workloads: Record<string, string> = {
      "100 ms API call + 5 ms CPU": "w95-cpu5",
      "600 ms wait + 3 ms CPU": "w99-cpu3",
      "15 ms wait + 15 ms CPU": "w50-cpu15",
      "30 ms CPU, no waiting": "cpu-30",
    };
    expect(rows.map((r) => r[1]!.trim())).toEqual(Object.keys(workloads));
    for (const [, label, before, after] of rows) {
      const w = workloads[label!.trim()]!;
      const platform = bands.grid[w]!["1x1"]!.rps;
      const ours = bands.confirm[w]![key(bands.ours[w]!.exact)]!.rps;
      const fmt = (x: number) => (x < 100 ? x.toFixed(1) : String(Math.round(x)));
      expect([before, after]).toEqual([fmt(platform), fmt(ours)]);
    }
  });
});

/** Memory, a connection cap, an ASGI app and in-process state each bend the reasons. */
const EXTRAS = [
  {},
  { workerMemoryMb: 900 },
  { maxConnections: 8 },
  {
    appWorker: {
      workerClass: "uvicorn_worker.UvicornWorker" as const,
      why: "An ASGI app needs an event-loop worker.",
    },
  },
  {
    oneProcess: {
      kind: "scheduler" as const,
      file: "app.py",
      line: 3,
      what: "starts a BackgroundScheduler at import",
    },
  },
];

describe("the reasons a user reads", () => {
  const cases = PLAN_SKUS.filter((s) => ["B1", "B2", "P1v3", "P3v3", "P2mv3"].includes(s)).flatMap(
    (sku) =>
      [0, 0.5, 0.9, 0.97].flatMap((ratio) =>
        [undefined, ...IO_PROFILES].flatMap((preset) =>
          EXTRAS.map((extra) => ({ sku, ratio, preset, extra })),
        ),
      ),
  );

  it("are one or two plain sentences, with no lab notes, and link sections that exist", () => {
    const anchors = new Set(
      [...CHOSEN.matchAll(/^## (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^\w\s-]/g, "")
          .trim()
          .replace(/\s+/g, "-"),
      ),
    );
    for (const doc of Object.values(EVIDENCE)) {
      const [file, anchor] = doc.split("#");
      expect(read(file!).length, doc).toBeGreaterThan(0);
      if (anchor) expect(anchors, doc).toContain(anchor);
    }
    for (const { sku, ratio, preset, extra } of cases) {
      const plan = findPlan(sku)!;
      const r = recommend({
        ...plan,
        appsOnPlan: 1,
        ioWaitRatio: preset ? PRESETS[preset].nominal : ratio,
        preset,
        ioSource: preset ? `the ${preset} profile` : "io-wait-ratio",
        workerMemoryMb: 150,
        timeout: undefined,
        module: "app:app",
        chdir: undefined,
        port: 8000,
        ...extra,
      });
      for (const [name, text] of Object.entries(r.reasons)) {
        const where = `${sku} ${preset ?? ratio} ${name}: ${text}`;
        expect(text.split(/(?<=[.!?])\s+(?=[A-Z`])/).length, where).toBeLessThanOrEqual(2);
        expect(text, where).not.toMatch(/commit|docs\/|run before|runs before|earlier run/);
        expect(text.length, where).toBeLessThan(420);
      }
    }
  });
});
