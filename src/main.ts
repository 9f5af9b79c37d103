// The action's steps: inputs → scan → analyze → deliver. Everything below throws; index.ts
// turns a throw into the step's failure.
import * as core from "@actions/core";
import { annotate, setOutputs, writeSummary } from "./action/publish.js";
import { analyze } from "./analysis.js";
import { count, failsRun } from "./findings.js";
import { parseInputs, type Inputs } from "./inputs.js";
import type { PlanResources } from "./plans.js";
import { renderMarkdown } from "./report.js";
import { scanApp } from "./repo-scan.js";

export async function main(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name));
  rejectUnbuiltModes(inputs);
  const plan = await resolvePlan(inputs);
  const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
  const analysis = analyze(snapshot, inputs, plan);
  setOutputs(analysis);
  annotate(analysis.findings);
  const markdown = renderMarkdown({
    title: snapshot.root,
    command: analysis.command,
    recommendation: analysis.recommendation,
    plan: analysis.plan,
    findings: analysis.findings,
  });
  await writeSummary(markdown);
  if (analysis.command) core.info(`Recommended startup command:\n  ${analysis.command}`);
  if (failsRun(analysis.findings, inputs.failOn)) {
    throw new Error(
      `gunicorn-tuner found ${count(analysis.findings, "error")} error(s) and ${count(analysis.findings, "warning")} warning(s) (fail-on: ${inputs.failOn}); see the annotations.`,
    );
  }
}

function rejectUnbuiltModes(inputs: Inputs): void {
  for (const mode of ["comment", "apply"] as const) {
    if (inputs.modes.has(mode))
      throw new Error(`mode: ${mode} is not implemented yet; use mode: output`);
  }
}

async function resolvePlan(inputs: Inputs): Promise<PlanResources> {
  if (inputs.plan.kind === "known") return inputs.plan.resources;
  throw new Error("plan: auto is not implemented yet; name the SKU (e.g. B1) or use custom");
}
