// Everything the action hands back to the runner: outputs, annotations, the job summary.
import * as core from "@actions/core";
import type { Analysis } from "../core/analysis.js";
import { byLevel, type Finding, type Level } from "../core/findings.js";

/** The runner shows about 10 annotations of each type per step; the rest go in one line. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;

export function setOutputs(analysis: Analysis): void {
  const { config, maxConcurrency } = analysis.recommendation;
  core.setOutput("startup-command", analysis.command ?? "");
  core.setOutput("workers", config.workers);
  core.setOutput("threads", config.threads);
  core.setOutput("worker-class", config.workerClass);
  core.setOutput("timeout", config.timeout);
  core.setOutput("max-concurrency", maxConcurrency);
  core.setOutput("findings", JSON.stringify(analysis.findings));
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
    if (hidden > 0) emit[level](`${hidden} more ${level} finding(s): see the job summary.`);
  }
}

/** Writes the job summary when the runner provides one (it is unset outside Actions). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}
