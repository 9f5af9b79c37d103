// One run of gunicorn-tuner, for the action and the CLI alike: (Azure plan) → scan → (measure)
// → analyze → (judge the last change) → (read or write the site). The callers only deliver.
import { analyze, type Analysis } from "../core/analysis.js";
import { errorMessage } from "../core/inputs/errors.js";
import { failsRun, type Finding } from "../core/report/findings.js";
import { usesAzure, type Inputs } from "../core/inputs/inputs.js";
import { neutralize } from "../core/report/log-text.js";
import { withMeasured } from "../core/site/measured-inputs.js";
import { capacity } from "../core/site/metrics-findings.js";
import type { SiteState } from "../core/report/report.js";
import type { Measured } from "../core/site/site-metrics.js";
import { repoLocation, type AppSnapshot } from "../core/detect/snapshot.js";
import { inferProfile } from "../core/workload/infer-profile.js";
import { inferenceFinding, withInferred } from "../core/workload/inferred-inputs.js";
import { scanApp } from "../fs/repo-scan.js";
import type { AzureSite, SignIn } from "./azure-session.js";
import type { Judged } from "./judge.js";
import { measureInputs } from "./measure.js";

export interface Tuned {
  readonly snapshot: AppSnapshot;
  readonly analysis: Analysis;
  /** The inputs the recommendation used: measured values where auto asked for them. */
  readonly used: Inputs;
  readonly measured: Measured | undefined;
  readonly judged: Judged | undefined;
  readonly site: (SiteState & { findings: Finding[] }) | undefined;
  /** Why the site could not be read or updated; the recommendation stands. */
  readonly failure: string | undefined;
  /** Every finding: the analysis's, the judgement's and the site's. */
  readonly findings: readonly Finding[];
}

export interface TuneHooks {
  readonly signIn?: SignIn;
  /** Called once the recommendation exists, before the site is touched. */
  readonly analyzed?: (tuned: Pick<Tuned, "analysis" | "used" | "measured">) => void;
}

export async function tune(inputs: Inputs, hooks: TuneHooks = {}): Promise<Tuned> {
  // Loaded on demand: the Azure SDK dominates start-up time otherwise.
  const azure = usesAzure(inputs)
    ? await (await import("./azure-session.js")).connectAzure(inputs.azure, hooks.signIn)
    : undefined;
  const plan =
    inputs.plan.kind === "known"
      ? { resources: inputs.plan.resources, findings: [] }
      : await azure!.plan(inputs.appsOnPlan);
  const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
  const { cores } = plan.resources;
  // io-profile auto: the handlers' guess stands in until the site is measured.
  const inferred = inputs.ioAuto ? inferProfile(snapshot) : undefined;
  const guessed = withInferred(inputs, inferred);
  const measurement = await measureInputs(azure, guessed, snapshot.files, plan.resources);
  const measured = measurement?.measured;
  const used = withMeasured(guessed, measured);
  const sizing = [
    ...(measured ? [] : inferenceFinding(inferred, (f, l) => repoLocation(snapshot, f, l))),
    ...(measurement?.findings ?? []),
  ];
  const base = analyze(snapshot, used, plan.resources, plan.findings, sizing);
  const analysis = measured
    ? { ...base, findings: [...base.findings, capacity(measured, base.recommendation, cores)] }
    : base;
  hooks.analyzed?.({ analysis, used, measured });
  const judged =
    azure && inputs.rollbackOnRegression
      ? await azure.judge(plan.resources.memoryMb, inputs.modes.has("apply"))
      : undefined;
  const { site, failure } = await syncSite(azure, inputs, analysis, {
    cores,
    files: snapshot.files,
    undone: judged?.undone,
  });
  const findings = [...analysis.findings, ...(judged?.findings ?? []), ...(site?.findings ?? [])];
  return { snapshot, analysis, used, measured, judged, site, failure, findings };
}

async function syncSite(
  azure: AzureSite | undefined,
  inputs: Inputs,
  analysis: Analysis,
  context: { cores: number; files: ReadonlyMap<string, string>; undone: string | undefined },
): Promise<Pick<Tuned, "site" | "failure">> {
  if (!azure) return { site: undefined, failure: undefined };
  try {
    const site = await azure.sync({
      ...context,
      config: analysis.recommendation.config,
      command: analysis.command,
      apply: inputs.modes.has("apply"),
      dryRun: inputs.azure.dryRun,
      blocked: failsRun(analysis.findings, "error"),
    });
    return { site, failure: undefined };
  } catch (error) {
    return { site: undefined, failure: neutralize(errorMessage(error)) };
  }
}
