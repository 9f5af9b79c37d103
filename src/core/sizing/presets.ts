// The io-profile presets. A preset stands for a band of real apps, not one wait share, so its
// configuration is the one the benchmark found to hold up best across the whole band: the
// highest worst-case share of the best throughput over workloads spread across the band, with
// CPU bursts from 2 to 30 ms (docs/benchmarks.md, "Preset bands").

export type IoProfile = "cpu-bound" | "mixed" | "io-bound";

export interface Preset {
  /** The wait shares the preset stands for. */
  readonly band: readonly [number, number];
  /** The share used on larger plans, for event-loop workers, and in the capacity estimate. */
  readonly nominal: number;
  /** The configuration measured to hold up best across the band on 1 vCPU; 1 thread is sync. */
  readonly oneVcpu: { readonly workers: number; readonly threads: number };
  /**
   * Larger plans: the 1-vCPU configuration once per vCPU, or the exact-share rule at the nominal
   * share, as the 2-vCPU benchmark chose (docs/how-the-numbers-are-chosen.md#larger-plans).
   */
  readonly largerPlans: { readonly scale: "per-vcpu" | "nominal-share"; readonly why: string };
}

export const PRESETS: Readonly<Record<IoProfile, Preset>> = {
  "cpu-bound": {
    band: [0, 0.3],
    nominal: 0.1,
    oneVcpu: { workers: 1, threads: 4 },
    largerPlans: {
      scale: "nominal-share",
      why: "On larger plans processes beat threads with long CPU bursts, so the exact-share rule sizes them at the profile's nominal 10 % waiting.",
    },
  },
  mixed: {
    band: [0.3, 0.85],
    nominal: 0.5,
    oneVcpu: { workers: 3, threads: 4 },
    largerPlans: {
      scale: "per-vcpu",
      why: "Larger plans take it once per vCPU, which measured best on 2 vCPU.",
    },
  },
  "io-bound": {
    band: [0.85, 0.995],
    nominal: 0.95,
    oneVcpu: { workers: 2, threads: 32 },
    largerPlans: {
      scale: "nominal-share",
      why: "Its 1-vCPU configuration did not carry over to 2 vCPU, so the exact-share rule sizes larger plans at the profile's nominal 95 % waiting.",
    },
  },
};

export const IO_PROFILES = Object.keys(PRESETS) as IoProfile[];

/**
 * Threads per worker at most. With seconds-long waits more slots paid up to every user's
 * request in flight: 4 × 256 and 2 × 512 each held 1,024 users waiting 15 s at twice the
 * throughput of any 512 slots, and 512 per worker gained nothing over more workers of 256
 * (docs/benchmarks-long.md). The grammar takes no more than 256 either.
 */
export const MAX_THREADS = 256;
