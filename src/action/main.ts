// The action's steps: inputs → (Azure) → scan → analyze → deliver. Everything below throws;
// index.ts turns a throw into the step's failure.
import * as core from "@actions/core";
import { annotate, setOutputs, writeSummary } from "./publish.js";
import { analyze } from "../core/analysis.js";
import { count, failsRun, type Finding } from "../core/findings.js";
import { parseInputs, usesAzure } from "../core/inputs.js";
import { renderMarkdown, type SiteState } from "../core/report.js";
import { scanApp } from "../fs/repo-scan.js";

export async function main(): Promise<void> {
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
  const analysis = analyze(snapshot, inputs, plan.resources, plan.findings);
  setOutputs(analysis);
  annotate(analysis.findings);
  const site = await azure?.sync({
    command: analysis.command,
    apply: inputs.modes.has("apply"),
    dryRun: inputs.azure.dryRun,
    blocked: failsRun(analysis.findings, "error"),
  });
  const markdown = renderMarkdown({ title: snapshot.root, ...analysis, site });
  await writeSummary(markdown);
  if (analysis.command) core.info(`Recommended startup command:\n  ${analysis.command}`);
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
      `gunicorn-tuner found ${count(analysis.findings, "error")} error(s) and ${count(analysis.findings, "warning")} warning(s) (fail-on: ${inputs.failOn}); see the annotations.`,
    );
  }
}

/** comment-on: change — a command that differs from the site's (unknown counts), or findings. */
function somethingToActOn(
  command: string | undefined,
  findings: readonly Finding[],
  site: SiteState | undefined,
): boolean {
  return site?.previous !== command || failsRun(findings, "warning");
}
