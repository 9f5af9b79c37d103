// Pure rendering of a run's result: Markdown for the job summary and the PR comment, plain text
// for the terminal. Text that comes from the repository is escaped: it cannot break the Markdown
// or inject HTML.
import { byLevel, type Finding, type Level } from "./findings.js";
import type { Recommendation } from "./recommend.js";

export interface PlanSummary {
  readonly label: string;
  readonly cores: number;
  readonly memoryMb: number;
}

/** What the site has now and what this run did to it. */
export interface SiteState {
  readonly site: string;
  readonly previous: string | undefined;
  /** read: not asked to apply; blocked: layout errors, nothing written. */
  readonly outcome: "read" | "unchanged" | "dry-run" | "applied" | "blocked";
}

export interface Report {
  readonly title: string;
  readonly command: string | undefined;
  readonly recommendation: Recommendation;
  readonly plan: PlanSummary;
  readonly findings: readonly Finding[];
  readonly site?: SiteState | undefined;
}

const ICON: Readonly<Record<Level, string>> = { error: "❌", warning: "⚠️", notice: "ℹ️" };
/** Findings listed in full; the rest are counted (GitHub caps a comment at 65,536 characters). */
export const MAX_LISTED_FINDINGS = 50;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
    .replace(/\r?\n/g, " ");
}

export function rows(report: Report): Array<[setting: string, value: string, why: string]> {
  const { config, reasons, maxConcurrency } = report.recommendation;
  return [
    ["workers", String(config.workers), reasons.workers],
    ["threads", String(config.threads), reasons.threads],
    ["worker class", config.workerClass, reasons.workerClass],
    ["timeout", `${config.timeout} s`, reasons.timeout],
    ["max concurrency", String(maxConcurrency), "workers × threads: requests served at once."],
  ];
}

export function renderMarkdown(report: Report): string {
  const { memory } = report.recommendation;
  const lines = [`### gunicorn-tuner: ${escapeMarkdown(report.title)}`, ""];
  if (report.command) {
    lines.push("Recommended startup command:", "", ...codeBlock(report.command, "sh"), "");
  } else {
    lines.push("**No startup command:** the app could not be located (see the findings).", "");
  }
  if (report.site) lines.push(...siteLines(report.site, report.command), "");
  lines.push("| setting | value | why |", "| --- | --- | --- |");
  for (const [setting, value, why] of rows(report)) {
    lines.push(`| ${setting} | ${escapeMarkdown(value)} | ${escapeMarkdown(why)} |`);
  }
  lines.push(
    "",
    `Plan **${escapeMarkdown(report.plan.label)}**: ${report.plan.cores} vCPU, ${report.plan.memoryMb} MB per instance. ` +
      `Estimated memory: ${memory.estimatedMb} MB of a ${memory.budgetMb} MB budget.`,
    "",
    ...findingLines(
      report.findings,
      (f) =>
        `- ${ICON[f.level]} **${f.level}**${where(f, escapeMarkdown)}: ${escapeMarkdown(f.message)}`,
    ),
  );
  return lines.join("\n") + "\n";
}

const SITE_OUTCOME: Readonly<Record<SiteState["outcome"], string>> = {
  read: "current value, not changed (mode apply writes it).",
  unchanged: "already set: nothing was written.",
  "dry-run": "dry run: this is what would be written; nothing was.",
  applied: "applied: the site restarts with the new command.",
  blocked: "not applied: the layout check found errors.",
};

function siteLines(site: SiteState, command: string | undefined): string[] {
  const before = site.previous ?? "(none: App Service detects the app and runs 1 sync worker)";
  return [
    `Startup command on ${escapeMarkdown(site.site)}: ${SITE_OUTCOME[site.outcome]}`,
    "",
    "Before:",
    "",
    ...codeBlock(before),
    "",
    "After:",
    "",
    ...codeBlock(command ?? "(no recommendation)"),
  ];
}

/** A fenced block whose fence is longer than any backtick run inside, so text cannot escape it. */
export function codeBlock(text: string, info = ""): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [fence + info, text, fence];
}

function where(f: Finding, escape: (s: string) => string): string {
  if (!f.file) return "";
  return ` (${escape(f.file)}${f.line ? `:${f.line}` : ""})`;
}

function findingLines(findings: readonly Finding[], format: (f: Finding) => string): string[] {
  if (findings.length === 0) return ["No findings: the layout is what App Service expects."];
  const sorted = byLevel(findings);
  const listed = sorted.slice(0, MAX_LISTED_FINDINGS).map(format);
  const rest = sorted.length - listed.length;
  return ["Findings:", "", ...listed, ...(rest > 0 ? [`- … and ${rest} more`] : [])];
}

export function renderText(report: Report): string {
  const { memory } = report.recommendation;
  const lines = [`gunicorn-tuner: ${report.title}`, ""];
  lines.push(
    report.command ? `  ${report.command}` : "  (no startup command: the app could not be located)",
    "",
  );
  for (const [setting, value, why] of rows(report)) {
    lines.push(`${setting.padEnd(16)}${value.padEnd(9)}${why}`);
  }
  lines.push(
    "",
    `Plan ${report.plan.label}: ${report.plan.cores} vCPU, ${report.plan.memoryMb} MB per instance; estimated memory ${memory.estimatedMb} MB of ${memory.budgetMb} MB budget.`,
    "",
    ...findingLines(
      report.findings,
      (f) => `  ${f.level.toUpperCase()}${where(f, (s) => s)}: ${f.message}`,
    ),
  );
  return lines.join("\n") + "\n";
}
