// The action's steps: inputs → (Azure plan) → scan → analyze → outputs → (site) → summary →
// (comment). Everything below throws; index.ts turns a throw into the step's failure. Once the
// recommendation exists, a failed delivery still leaves the outputs and the job summary.
import * as core from "@actions/core";
import { analyze, type Analysis } from "../core/analysis.js";
import { errorMessage } from "../core/errors.js";
import { count, failsRun, type Finding } from "../core/findings.js";
import { parseInputs, usesAzure, type Inputs } from "../core/inputs.js";
import { renderMarkdown } from "../core/report-markdown.js";
import type { SiteState } from "../core/report.js";
import { plural } from "../core/words.js";
import { scanApp } from "../fs/repo-scan.js";
import type { AzureSite } from "./azure.js";
import { measureInputs } from "./measure.js";
import { annotate, runFooter, safeLog, setOutputs, writeSummary } from "./publish.js";
import { withMeasured } from "../core/measured-inputs.js";
import { capacity } from "../core/metrics-findings.js";

export async function main(): Promise<void> {
  // Masked before anything else can print it, valid or not.
  const token = core.getInput("github-token");
  if (token.trim()) core.setSecret(token.trim());
  const inputs = parseInputs((name) => core.getInput(name));
  // Loaded on demand: the Azure SDK and Octokit dominate start-up time otherwise.
  const azure = usesAzure(inputs)
    ? await (await import("./azure.js")).connectAzure(inputs.azure)
    : undefined;
  const plan =
    inputs.plan.kind === "known"
      ? { resources: inputs.plan.resources, findings: [] }
      : await azure!.plan(inputs.appsOnPlan);
  const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
  const cores = plan.resources.cores;
  const measurement = await measureInputs(azure, inputs, snapshot.files, plan.resources);
  const measured = measurement?.measured;
  const used = withMeasured(inputs, measured);
  const base = analyze(snapshot, used, plan.resources, [
    ...plan.findings,
    ...(measurement?.findings ?? []),
  ]);
  const analysis = measured
    ? { ...base, findings: [...base.findings, capacity(measured, base.recommendation, cores)] }
    : base;
  setOutputs(analysis, { used, measured });
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
  annotate(findings);
  const markdown = renderMarkdown({
    title: snapshot.name,
    ...analysis,
    findings,
    site,
    judgement: judged?.table,
    undone: failure ? [`The site could not be read or updated: ${failure}`] : [],
    footer: runFooter(),
  });
  await writeSummary(markdown);
  if (analysis.command) core.info(`Recommended startup command:\n  ${analysis.command}`);
  if (failure) throw new Error(failure);
  if (inputs.modes.has("comment")) {
    const { commentOnPullRequest } = await import("./comment.js");
    await commentOnPullRequest({
      token: inputs.github.token,
      workingDirectory: inputs.workingDirectory,
      markdown,
      createIfMissing:
        inputs.github.commentOn === "always" ||
        somethingToActOn(analysis.command, analysis.findings, site),
    });
  }
  if (failsRun(analysis.findings, inputs.failOn)) {
    throw new Error(
      `gunicorn-tuner found ${plural(count(analysis.findings, "error"), "error")} and ${plural(count(analysis.findings, "warning"), "warning")} (fail-on: ${inputs.failOn}); see the annotations.`,
    );
  }
}

async function syncSite(
  azure: AzureSite | undefined,
  inputs: Inputs,
  analysis: Analysis,
  context: { cores: number; files: ReadonlyMap<string, string>; undone: string | undefined },
): Promise<{
  site: (SiteState & { findings: Finding[] }) | undefined;
  failure: string | undefined;
}> {
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
    return { site: undefined, failure: safeLog(errorMessage(error)) };
  }
}

/** comment-on: change — a command that differs from the site's (unknown counts), or findings. */
function somethingToActOn(
  command: string | undefined,
  findings: readonly Finding[],
  site: SiteState | undefined,
): boolean {
  // The site already runs the recommendation when nothing would be written to it.
  const same = site !== undefined && command !== undefined && site.desired === site.previous;
  return !same || failsRun(findings, "warning");
}
