// io-profile auto and worker-memory-mb auto: the site's own numbers when its metrics carry
// enough traffic, the presets otherwise, with a notice that says why and how to fix it.
import { LIMITS } from "../command/command.js";
import type { Finding } from "../report/findings.js";
import type { Effective } from "../command/gunicorn-settings.js";
import { basisFinding, diagnosis } from "./metrics-findings.js";
import { PLATFORM_DEFAULT } from "../sizing/shape.js";
import { PRESETS, type IoProfile } from "../sizing/presets.js";
import { waitPercent } from "../report/words.js";
import { MAX_IO_WAIT_RATIO } from "../sizing/exact-share.js";
import { median, quantile } from "./queueing.js";
import { duration, percent } from "./units.js";
import {
  measure,
  missingWords,
  type Measured,
  type MissingMetric,
  type SiteSeries,
} from "./site-metrics.js";

export interface SiteObservation {
  readonly series: SiteSeries;
  /** What the site runs now; undefined when a script outside the repository hides it. */
  readonly current: Effective | undefined;
  /** Why the current sizes could not be read (`-w $(nproc)`); the presets stand in then. */
  readonly unread?: string | undefined;
  readonly cores: number;
  /** The plan's memory per instance: no worker can measure more. */
  readonly memoryMb?: number | undefined;
  readonly window: string;
  readonly configWrites: readonly Date[];
  /** The plan's average CPU and memory use in percent (all apps on the plan together). */
  readonly plan?: { readonly cpu?: number | undefined; readonly memory?: number | undefined };
}

export interface MeasuredInputs {
  readonly measured: Measured | undefined;
  readonly findings: readonly Finding[];
}

/** Which auto inputs fell back, for the notice's words. */
export interface AutoInputs {
  readonly ioAuto: boolean;
  /** The preset standing in: mixed, or what the handlers suggest (workload/infer-profile.ts). */
  readonly ioProfile?: IoProfile | undefined;
  /** The share standing in when no preset does (seconds-long waits the handlers suggest). */
  readonly ioWaitRatio?: number;
  readonly ioSource?: string;
  readonly workerMemoryAuto: boolean;
}

function presetWords(profile: IoProfile): string {
  const [lo, hi] = PRESETS[profile].band.map(waitPercent);
  return `the ${profile} preset (${lo}–${hi} % waiting)`;
}

/** Why nothing was measured, when there was no site to read or its metrics failed. */
export function notMeasured(
  auto: AutoInputs,
  why: string,
  fix: string,
  level: "notice" | "warning" = "notice",
): MeasuredInputs {
  const names = [auto.ioAuto && "io-profile", auto.workerMemoryAuto && "worker-memory-mb"].filter(
    Boolean,
  );
  const used = [
    auto.ioAuto &&
      (auto.ioProfile || auto.ioWaitRatio === undefined
        ? presetWords(auto.ioProfile ?? "mixed")
        : `${waitPercent(auto.ioWaitRatio)} % waiting (${auto.ioSource})`),
    auto.workerMemoryAuto && "150 MB per worker",
  ].filter(Boolean);
  return {
    measured: undefined,
    findings: [
      {
        level,
        message: `${names.join(" and ")} auto: ${why}, so ${used.join(" and ")} ${used.length > 1 ? "were" : "was"} used. ${fix}`,
      },
    ],
  };
}

/** The inputs that would replace the auto ones: only those left at auto. */
function knownInputs(auto: AutoInputs): string {
  return [auto.ioAuto && "io-wait-ratio", auto.workerMemoryAuto && "worker-memory-mb"]
    .filter(Boolean)
    .join(" and ");
}

export function fromObservation(obs: SiteObservation, auto: AutoInputs): MeasuredInputs {
  const unknown = obs.unread ?? (obs.current && beyondLimits(obs.current));
  if (unknown) {
    return notMeasured(
      auto,
      `the site's current workers and threads could not be read (${unknown}), and the measurement needs them`,
      `State the numbers in the startup command, or give ${knownInputs(auto)}.`,
    );
  }
  const current = obs.current ?? { ...PLATFORM_DEFAULT, timeout: 30 };
  const result = measure(obs.series, { ...current, cores: obs.cores });
  if (!result.ok) {
    return notMeasured(
      auto,
      `the site's metrics over ${obs.window} are too thin to measure (${result.why})`,
      `Give metrics-window a longer span, or ${knownInputs(auto)} if you know ${auto.ioAuto && auto.workerMemoryAuto ? "them" : "it"}.`,
    );
  }
  const { measured: m, clamped } = withinPlan(result.measured, obs.memoryMb);
  const findings: Finding[] = [
    basisFinding(m, obs.window, current, obs.series.intervalSeconds / 60),
    ...clamped,
  ];
  const missing = obs.series.missing ?? [];
  if (missing.length > 0) {
    findings.push({
      level: "notice",
      message: `Azure Monitor gave ${missingWords(missing)} over ${obs.window}: ${missingConsequences(missing, obs.series.cpuFrom !== undefined)}, never read as zeros.`,
    });
  }
  const sick = diagnosis(m, current);
  if (sick) findings.push(sick);
  const last = obs.configWrites[obs.configWrites.length - 1];
  if (last) findings.push(...beforeAfter(obs.series, last));
  return { measured: m, findings };
}

/** Memory no instance of the plan has is a metric gone wrong: it is not used. */
function withinPlan(
  m: Measured,
  memoryMb: number | undefined,
): { measured: Measured; clamped: Finding[] } {
  if (memoryMb === undefined || m.workerMemoryMb === undefined || m.workerMemoryMb <= memoryMb) {
    return { measured: m, clamped: [] };
  }
  const message = `Azure Monitor's memory working set comes to ${m.workerMemoryMb} MB per worker, more than the plan's ${memoryMb} MB per instance, so it was not used (worker-memory-mb's default stands in). Check the site's MemoryWorkingSet metric, or set worker-memory-mb.`;
  return {
    measured: { ...m, workerMemoryMb: undefined },
    clamped: [{ level: "warning", message }],
  };
}

/** A current run no plan can hold (`--workers 1000000`) says nothing about the app. */
function beyondLimits(current: Effective): string | undefined {
  const over = (["workers", "threads"] as const).find((k) => current[k] > LIMITS[k].max);
  return (
    over && `${current[over]} ${over} is more than any plan can run (at most ${LIMITS[over].max})`
  );
}

/** What a missing metric leaves out of the measurement. */
function missingConsequences(missing: readonly MissingMetric[], cpuReplaced: boolean): string {
  const names = new Set(missing.map((m) => m.metric));
  return [
    names.has("CpuTime") && cpuReplaced && "CPU comes from the plan's CpuPercentage instead",
    names.has("MemoryWorkingSet") && "worker memory is not measured (worker-memory-mb's default)",
    names.has("Http5xx") && "5xx shares are left out",
  ]
    .filter(Boolean)
    .join("; ");
}

interface Period {
  readonly p50: number;
  readonly p95: number;
  readonly cpuSeconds: number;
  readonly memoryMb: number;
  readonly errorShare: number;
}

/** The periods before and after the last configuration write, compared. */
function beforeAfter(series: SiteSeries, at: Date): Finding[] {
  const before = period(series, (t) => t < at.getTime());
  const after = period(series, (t) => t >= at.getTime() + series.intervalSeconds * 1000);
  if (!before || !after) return [];
  return [
    {
      level: "notice",
      message: `The site's configuration changed at ${at.toISOString().slice(0, 16).replace("T", " ")} UTC (activity log). Before → after: median response ${duration(before.p50)} → ${duration(after.p50)}, p95 ${duration(before.p95)} → ${duration(after.p95)}, CPU ${before.cpuSeconds.toFixed(1)} → ${after.cpuSeconds.toFixed(1)} s per interval, memory ${Math.round(before.memoryMb)} → ${Math.round(after.memoryMb)} MB, 5xx ${percent(before.errorShare)} → ${percent(after.errorShare)}.`,
    },
  ];
}

function period(series: SiteSeries, inside: (t: number) => boolean): Period | undefined {
  const points = series.points.filter((x) => inside(x.at));
  const busy = points.filter((x) => (x.requests ?? 0) > 0 && x.responseSeconds !== undefined);
  if (busy.length < 5) return undefined;
  const times = busy.map((x) => x.responseSeconds!).sort((a, b) => a - b);
  const requests = points.reduce((n, x) => n + (x.requests ?? 0), 0);
  const cpu = points.flatMap((x) => (x.cpuSeconds === undefined ? [] : [x.cpuSeconds]));
  const memory = points.flatMap((x) =>
    x.memoryBytes === undefined ? [] : [x.memoryBytes / 1048576],
  );
  return {
    p50: median(times),
    p95: quantile(times, 0.95),
    cpuSeconds: cpu.length ? cpu.reduce((n, x) => n + x, 0) / cpu.length : 0,
    memoryMb: memory.length ? median(memory) : 0,
    errorShare: requests ? points.reduce((n, x) => n + (x.errors5xx ?? 0), 0) / requests : 0,
  };
}

/** The inputs the recommender uses: measured values where auto asked for them. */
/** To the percent, and to the hundredth of a percent above 99 %, where a tenth triples the need. */
function roundedShare(share: number): number {
  const percent = Math.round(share * 100) / 100;
  return percent < 0.99 ? percent : Math.min(MAX_IO_WAIT_RATIO, Math.round(share * 1e4) / 1e4);
}

export function withMeasured<
  T extends {
    readonly ioAuto: boolean;
    readonly workerMemoryAuto: boolean;
    readonly ioWaitRatio: number;
    readonly ioSource: string;
    readonly ioProfile: IoProfile | undefined;
    readonly workerMemoryMb: number;
    readonly peakInFlight?: number | undefined;
    readonly peakInstances?: number | undefined;
  },
>(inputs: T, measured: Measured | undefined): T {
  if (!measured) return inputs;
  return {
    ...inputs,
    // Little's law: requests in flight are the arrival rate times the time each is served.
    peakInFlight: measured.peakPerInstancePerSecond * measured.serviceSeconds,
    peakInstances: measured.peakInstances,
    ...(inputs.ioAuto
      ? {
          ioWaitRatio: roundedShare(measured.ioWaitRatio),
          ioSource: "measured from the site's metrics",
          ioProfile: undefined,
        }
      : {}),
    ...(inputs.workerMemoryAuto && measured.workerMemoryMb !== undefined
      ? { workerMemoryMb: measured.workerMemoryMb }
      : {}),
  };
}
