// The report for a terminal, in the same order as the Markdown one: verdict, what blocks, the
// command, before → after, the reasons, then the rest. Colour comes from the caller's style.
import type { Finding, Level } from "./findings.js";
import { neutralize } from "./log-text.js";
import {
  before,
  concurrency,
  groupFindings,
  headline,
  memoryLine,
  reasons,
  verdict,
  type Report,
} from "./report.js";
import { configShape } from "../command/command.js";
import { describeConnections, describeShape } from "../sizing/shape.js";

export interface TextStyle {
  readonly good: (s: string) => string;
  readonly bad: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const PLAIN: TextStyle = { good: id, bad: id, warn: id, dim: id, bold: id };

function id(s: string): string {
  return s;
}

export function renderText(report: Report, style: TextStyle = PLAIN): string {
  const v = verdict(report);
  const mark = v === "ready" ? style.good("✔") : style.bad("✘");
  const { errors, warnings, notices, hidden } = groupFindings(report.findings);
  const lines = [`${mark} ${style.bold(neutralize(headline(report)))} (${report.plan.label})`, ""];
  const level: Record<Level, (s: string) => string> = {
    error: style.bad,
    warning: style.warn,
    notice: style.dim,
  };
  const finding = (f: Finding) =>
    `  ${level[f.level](f.level.toUpperCase())}${f.file ? ` ${neutralize(f.file)}${f.line ? `:${f.line}` : ""}` : ""}: ${neutralize(f.message)}`;
  if (errors.length > 0) lines.push("Fix first:", ...errors.map(finding), "");
  if (report.command) {
    const { config } = report.recommendation;
    const now = before(report.site);
    lines.push(`  ${style.bold(report.command)}`, "");
    for (const e of report.edits ?? []) {
      lines.push(
        `Change in ${neutralize(e.file)}, line ${e.line}:`,
        `  - ${neutralize(e.before)}`,
        `  + ${neutralize(e.after)}`,
        "",
      );
    }
    if (now.shape) {
      lines.push(
        `${now.label}: ${describeShape(now.shape)} (${concurrency(now.shape)} at once) → recommended: ${describeShape(config)} (${concurrency(config)} at once)`,
        ...(config.workerConnections === undefined
          ? []
          : [
              `connections: ${describeConnections(now.shape) ?? "–"} → ${describeConnections(configShape(config))}`,
            ]),
        "",
      );
    }
    const rows = reasons(report).map(
      ([name, value, why, evidence]) =>
        [`${name} ${value}`, evidence ? `${why} (${evidence})` : why] as const,
    );
    // The widest label sets the column, so a long worker class never runs into its reason.
    const width = Math.max(...rows.map(([label]) => label.length)) + 2;
    for (const [label, why] of rows) lines.push(`${label.padEnd(width)}${why}`);
    lines.push(
      "",
      `Plan ${report.plan.label}: ${report.plan.cores} vCPU, ${report.plan.memoryMb} MB per instance; ${memoryLine(report)}.`,
      "",
    );
  }
  if (warnings.length + notices.length > 0)
    lines.push("Findings:", ...[...warnings, ...notices].map(finding));
  if (hidden > 0) lines.push(`  … and ${hidden} more`);
  if (errors.length + warnings.length + notices.length === 0) {
    lines.push("No findings: the layout is what App Service expects.");
  }
  return lines.join("\n").replace(/\n+$/, "") + "\n";
}
