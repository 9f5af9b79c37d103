// The action: inputs → tune (run/tune.ts) → outputs, annotations, job summary → (comment).
// Everything below throws; index.ts turns a throw into the step's failure. Once the
// recommendation exists, a failed delivery still leaves the outputs and the job summary.
import * as core from "@actions/core";
import { count, failsRun, type Finding } from "../core/report/findings.js";
import { parseInputs } from "../core/inputs/inputs.js";
import { neutralize } from "../core/report/log-text.js";
import { renderMarkdown } from "../core/report/report-markdown.js";
import type { SiteState } from "../core/report/report.js";
import { plural } from "../core/report/words.js";
import { tune } from "../run/tune.js";
import { evidenceBase } from "../version.js";
import { annotate, runFooter, setOutputs, writeSummary } from "./publish.js";

/** The action's run, as the runner and `@github/local-action` call it. */
export async function run(): Promise<void> {
  // Masked before anything else can print it, valid or not.
  const token = core.getInput("github-token");
  if (token.trim()) core.setSecret(token.trim());
  const inputs = parseInputs((name) => core.getInput(name));
  const { snapshot, analysis, judged, site, failure, findings } = await tune(inputs, {
    signIn: { getIdToken: (audience) => core.getIDToken(audience) },
    analyzed: ({ analysis, used, measured }) => setOutputs(analysis, { used, measured }),
  });
  if (site) reportSite(site);
  annotate(findings);
  const markdown = renderMarkdown({
    title: snapshot.name,
    ...analysis,
    findings,
    site,
    judgement: judged?.table,
    undone: failure ? [`The site could not be read or updated: ${failure}`] : [],
    footer: runFooter(),
    evidenceBase: evidenceBase(),
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

/** The site's outputs, and one log line for what was (or would be) written. */
function reportSite(state: SiteState): void {
  core.setOutput("previous-startup-command", state.previous ?? "");
  core.setOutput("applied", String(state.outcome === "applied"));
  const was = neutralize(state.previous ?? "none");
  if (state.outcome === "dry-run") {
    core.info(
      `dry-run: would set the startup command of ${state.site} (now: ${was}) to:\n  ${neutralize(state.desired ?? "")}`,
    );
  }
  if (state.outcome === "applied") {
    core.info(`Set the startup command of ${state.site} (it was: ${was}).`);
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
