// The pure heart of a run: snapshot + inputs + plan resources → layout, numbers and command.
import { buildCommand } from "./command/command.js";
import type { Finding } from "./report/findings.js";
import type { Inputs } from "./inputs/inputs.js";
import { checkLayout, type Layout } from "./detect/layout.js";
import type { PlanResources } from "./sizing/plans.js";
import { recommend, type Recommendation } from "./sizing/recommend.js";
import type { PlanSummary } from "./report/report.js";
import { repoLocation, type AppSnapshot } from "./detect/snapshot.js";
import { findSharedState } from "./shared-state/find.js";
import { sharedStateFindings } from "./shared-state/findings.js";
import { reloadFindings } from "./command/dev-settings.js";
import { repoEdits, STARTUP_FILES, type FileEdit } from "./command/startup-plan.js";

export interface Analysis {
  readonly layout: Layout;
  readonly recommendation: Recommendation;
  /** Undefined when the app could not be located: no command is better than a wrong one. */
  readonly command: string | undefined;
  readonly plan: PlanSummary;
  readonly findings: readonly Finding[];
  /** Lines to change in the repository's startup scripts and gunicorn.conf.py. */
  readonly edits: readonly FileEdit[];
}

/** Placeholder module for the numbers when the app was not found (never emitted). */
const UNKNOWN_MODULE = "app:app";

export function analyze(
  snapshot: AppSnapshot,
  inputs: Inputs,
  plan: PlanResources,
  planFindings: readonly Finding[] = [],
  /** Findings about the sizing's inputs (measured or not): only worth saying with a command. */
  sizingFindings: readonly Finding[] = [],
): Analysis {
  const layout = checkLayout(snapshot, inputs.appModule);
  const state = findSharedState(snapshot);
  const [pool] = state.pools;
  const recommendation = recommend({
    cores: plan.cores,
    memoryMb: plan.memoryMb,
    sharedCpu: plan.sharedCpu,
    appsOnPlan: inputs.appsOnPlan,
    maxConnections: inputs.maxConnections,
    ioWaitRatio: inputs.ioWaitRatio,
    ioSource: inputs.ioSource,
    peakInFlight: inputs.peakInFlight,
    peakInstances: inputs.peakInstances,
    preset: inputs.ioProfile,
    workerMemoryMb: inputs.workerMemoryMb,
    timeout: inputs.timeout,
    module: layout.module ?? UNKNOWN_MODULE,
    chdir: layout.chdir,
    port: inputs.port,
    appWorker: layout.appWorker,
    oneProcess: inputs.allowMultipleWorkers ? undefined : state.hazards[0],
    pool: pool && { ...pool, ...repoLocation(snapshot, pool.file, pool.line) },
  });
  const stateFindings = layout.module
    ? sharedStateFindings(
        state,
        inputs.allowMultipleWorkers,
        recommendation.config.workers,
        (file, line) => repoLocation(snapshot, file, line),
      )
    : [];
  const repo = layout.module
    ? repoEdits(snapshot.files, recommendation.config, (file, line) =>
        repoLocation(snapshot, file, line),
      )
    : { edits: [], findings: [] };
  return {
    layout,
    recommendation,
    command: layout.module ? buildCommand(recommendation.config) : undefined,
    plan: { label: plan.sku, cores: plan.cores, memoryMb: plan.memoryMb },
    findings: [
      ...layout.findings,
      ...planFindings,
      ...stateFindings,
      ...(layout.module ? [...sizingFindings, ...recommendation.findings] : []),
      ...repo.findings,
      ...reloadFindings(snapshot.files, STARTUP_FILES, (file, line) =>
        repoLocation(snapshot, file, line),
      ),
    ],
    edits: repo.edits,
  };
}
