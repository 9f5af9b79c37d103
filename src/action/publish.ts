// Everything the action hands back to the runner: outputs, annotations, the job summary.
import * as core from "@actions/core";
import { neutralize } from "../core/report/log-text.js";
import type { Inputs } from "../core/inputs/inputs.js";
import type { Footer } from "../core/report/report.js";
import type { Measured } from "../core/site/site-metrics.js";
import { VERSION } from "../version.js";
import type { Analysis } from "../core/analysis.js";
import { byLevel, type Finding, type Level } from "../core/report/findings.js";
import { plural } from "../core/report/words.js";

/** The runner shows about 10 annotations of each type per step; the rest go in one line. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;

export function setOutputs(
  analysis: Analysis,
  inputs: { used: Pick<Inputs, "ioWaitRatio" | "workerMemoryMb">; measured: Measured | undefined },
): void {
  const { config, maxConcurrency } = analysis.recommendation;
  // No app, no numbers: workers for an app that does not exist would only mislead.
  const known = analysis.command !== undefined;
  const value = (v: string | number) => (known ? v : "");
  core.setOutput("startup-command", analysis.command ?? "");
  core.setOutput("workers", value(config.workers));
  core.setOutput("threads", value(config.threads));
  core.setOutput("worker-class", value(config.workerClass));
  core.setOutput("timeout", value(config.timeout));
  core.setOutput("max-concurrency", value(maxConcurrency));
  core.setOutput("findings", JSON.stringify(analysis.findings));
  core.setOutput("io-wait-ratio", inputs.used.ioWaitRatio);
  core.setOutput("worker-memory-mb", inputs.used.workerMemoryMb);
  core.setOutput("measured", String(inputs.measured !== undefined));
  core.setOutput(
    "peak-requests-per-second",
    inputs.measured ? inputs.measured.peakRequestsPerSecond.toFixed(2) : "",
  );
}

export function annotate(findings: readonly Finding[]): void {
  const emit: Record<Level, typeof core.error> = {
    error: core.error,
    warning: core.warning,
    notice: core.notice,
  };
  const seen: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of byLevel(findings)) {
    seen[f.level]++;
    if (seen[f.level] > MAX_ANNOTATIONS_PER_LEVEL) continue;
    emit[f.level](f.message, {
      title: `gunicorn-tuner ${f.level}`,
      ...(f.file ? { file: f.file } : {}),
      ...(f.line ? { startLine: f.line } : {}),
    });
  }
  for (const level of ["error", "warning", "notice"] as const) {
    const hidden = seen[level] - MAX_ANNOTATIONS_PER_LEVEL;
    if (hidden > 0) emit[level](`${plural(hidden, `more ${level} finding`)}: see the job summary.`);
  }
}

/** Outside text for the log: see core/log-text.ts. */
export const safeLog = neutralize;

/** The report's footer: this action's version, the commit and a link to the run. */
export function runFooter(env: NodeJS.ProcessEnv = process.env): Footer {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return {
    version: VERSION,
    commit: env.GITHUB_SHA,
    runUrl: server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined,
  };
}

/** Writes the job summary when the runner provides one (it is unset outside Actions). */
let summaryWritten = false;

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
  summaryWritten = true;
}

/** A run that stopped before its report still leaves one line in the job summary. */
export async function writeFailureSummary(message: string): Promise<void> {
  if (summaryWritten || !process.env.GITHUB_STEP_SUMMARY) return;
  const text = neutralize(message).replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
  await writeSummary(`## gunicorn-tuner stopped\n\n${text}\n`).catch(() => undefined);
}
