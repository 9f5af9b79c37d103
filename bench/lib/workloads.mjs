// What the benchmark serves: each preset's band of wait shares, workloads spread across each
// band with CPU bursts from 2 to 30 ms (the GIL hands over every 5 ms, so a burst's length
// matters as well as the share), and the configurations measured for each.

/** The wait shares each io-profile preset stands for; a workload on a boundary is in both. */
export const BANDS = [
  { preset: "cpu-bound", lo: 0, hi: 0.3 },
  { preset: "mixed", lo: 0.3, hi: 0.85 },
  { preset: "io-bound", lo: 0.85, hi: 0.995 },
];

// `pick`: the preset a user would plausibly pick (the table), shown beside ours.
export const WORKLOADS = [
  { name: "cpu-30", cpuMs: 30, waitMs: 0, pick: "cpu-bound" },
  { name: "cpu-2", cpuMs: 2, waitMs: 0.8, pick: "cpu-bound" },
  { name: "w20-cpu20", cpuMs: 20, waitMs: 5, pick: "cpu-bound" },
  { name: "w50-cpu15", cpuMs: 15, waitMs: 15, pick: "mixed" },
  { name: "w50-cpu2", cpuMs: 2, waitMs: 2, pick: "mixed" },
  { name: "w75-cpu10", cpuMs: 10, waitMs: 30, pick: "mixed" },
  { name: "w83-cpu8", cpuMs: 8, waitMs: 40, pick: "mixed" },
  { name: "w85-cpu30", cpuMs: 30, waitMs: 170, pick: "mixed" },
  { name: "w95-cpu2", cpuMs: 2, waitMs: 38, pick: "io-bound" },
  { name: "w95-cpu5", cpuMs: 5, waitMs: 100, pick: "io-bound" },
  { name: "w95-cpu30", cpuMs: 30, waitMs: 570, pick: "io-bound" },
  { name: "w99-cpu3", cpuMs: 3, waitMs: 600, pick: "io-bound" },
];

/** Smoke runs keep the harness alive on one quick workload. */
export const SMOKE_WORKLOADS = ["w95-cpu5"];

export const share = (w) => w.waitMs / (w.waitMs + w.cpuMs);

export function bandsOf(w) {
  const s = share(w);
  // 600 ms wait + 3 ms CPU is 99.5 % waiting to the tenth of a percent, as the issue counts it.
  return BANDS.filter((b) => s >= b.lo - 5e-4 && s <= b.hi + 5e-4);
}

/** One vCPU: workers × threads, 1 thread meaning the sync worker. */
export const GRID_1 = [1, 2, 3, 4, 6].flatMap((w) => [1, 4, 8, 16, 32, 64].map((t) => [w, t]));
/** Two vCPUs: the 2-core check. */
export const GRID_2 = [2, 3, 4, 5, 6, 8].flatMap((w) => [1, 8, 32].map((t) => [w, t]));
/** Event-loop workers: processes only. */
export const GRID_ASGI = [1, 2, 3, 4, 6].map((w) => [w, 1]);

/**
 * Named rules beside ours, as the platforms size gunicorn (../shared/GUNICORN-NOTES.md), and as
 * their users write them: gunicorn's default connections (keepAlive), no per-worker cap.
 */
export function namedRules(cores) {
  return [
    { label: "platform default", workers: 1, threads: 1 },
    { label: "fixed 3×6", workers: 3, threads: 6, keepAlive: true },
    { label: "2×cores+1 sync", workers: 2 * cores + 1, threads: 1 },
  ];
}

export const ASGI_WORKLOADS = [
  { name: "async-cpu-30", cpuMs: 30, waitMs: 0, endpoint: "work" },
  { name: "async-w50", cpuMs: 15, waitMs: 15, endpoint: "work" },
  { name: "async-w95", cpuMs: 5, waitMs: 100, endpoint: "work" },
  { name: "def-cpu-30", cpuMs: 30, waitMs: 0, endpoint: "work-def" },
  { name: "def-w50", cpuMs: 15, waitMs: 15, endpoint: "work-def" },
  { name: "def-w95", cpuMs: 5, waitMs: 100, endpoint: "work-def" },
];

/** Debian's gunicorn 20.1: the seven workloads, one pass. */
export const DEBIAN_WORKLOADS = [
  "cpu-30",
  "w20-cpu20",
  "w50-cpu15",
  "w75-cpu10",
  "w83-cpu8",
  "w95-cpu5",
  "w99-cpu3",
];

/** The 2-core check: one workload inside each band, and both ends of mixed. */
export const TWO_CORE_WORKLOADS = ["cpu-30", "w50-cpu15", "w83-cpu8", "w95-cpu5"];
