// The io-profile presets. A preset stands for a band of real apps, not one wait share, so its
// configuration is the one the benchmark found to hold up best across the whole band: the
// highest worst-case share of the best throughput over workloads spread across the band, with
// CPU bursts from 2 to 30 ms (docs/benchmarks.md, "Preset bands").

export type IoProfile = "cpu-bound" | "mixed" | "io-bound";

export interface Preset {
  /** The wait shares the preset stands for. */
  readonly band: readonly [number, number];
  /** The share shown in reasons and used for event-loop workers and the capacity estimate. */
  readonly nominal: number;
  /**
   * Per vCPU: processes beyond the spare (workers = processesPerCore × vCPU + 1) and threads
   * per worker (threadsPerCore × vCPU, as each gthread worker takes connections greedily and
   * must carry the plan's whole need). 1 thread means the sync worker.
   */
  readonly processesPerCore: number;
  readonly threadsPerCore: number;
  /** What the benchmark measured for it, in words for the reasons. */
  readonly evidence: string;
}

export const PRESETS: Readonly<Record<IoProfile, Preset>> = {
  "cpu-bound": {
    band: [0, 0.3],
    nominal: 0.1,
    processesPerCore: 2,
    threadsPerCore: 1,
    evidence: "",
  },
  mixed: {
    band: [0.3, 0.85],
    nominal: 0.5,
    processesPerCore: 3,
    threadsPerCore: 1,
    evidence: "",
  },
  "io-bound": {
    band: [0.85, 0.995],
    nominal: 0.95,
    processesPerCore: 5,
    threadsPerCore: 20,
    evidence: "",
  },
};

export const IO_PROFILES = Object.keys(PRESETS) as IoProfile[];

/** Threads per worker at most: past 64 the benchmark saw no gain. */
export const MAX_THREADS = 64;

export function presetShape(
  preset: IoProfile,
  cores: number,
): { workers: number; threads: number } {
  const p = PRESETS[preset];
  return {
    workers: p.processesPerCore * cores + 1,
    threads: p.threadsPerCore === 1 ? 1 : Math.min(MAX_THREADS, p.threadsPerCore * cores),
  };
}
