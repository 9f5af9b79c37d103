// The job summary and the PR comment, verdict first, as the PR bots people like do it: the
// headline, what blocks, the command and its diff against the site, before → after, reasons
// folded away, and a footer. Text from the repository or the site is escaped or fenced.
import type { Finding, Level } from "./findings.js";
import {
  before,
  concurrency,
  groupFindings,
  headline,
  memoryLine,
  reasons,
  SITE_OUTCOME,
  verdict,
  type Report,
} from "./report.js";
import { configShape } from "../command/command.js";
import { describeConnections, describeShape, type Shape } from "../sizing/shape.js";

const ICON: Readonly<Record<Level, string>> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
    .replace(/\r?\n/g, " ");
}

/** A code span that no backtick inside can close early. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** Identifier-like words in a message (files, modules, flags, packages) go in code spans. */
const CODE_WORD =
  /(--[a-z][a-z-]*(?:=\S+)?|\b[\w./-]+\.(?:py|txt|toml|lock|sh)\b|\b[A-Za-z_][\w.]*:[A-Za-z_]\w*(?:\(\))?|\b[a-z_]+(?:\.[a-z_]+)*\.[A-Z]\w*Worker\b)/g;

/**
 * A finding's or reason's text as Markdown: `backticked` parts and identifier-like words become
 * code spans (shown literally, so repository text in them is harmless); the rest is escaped.
 */
export function prose(message: string): string {
  return message
    .split(/(`[^`\n]+`)/)
    .map((part) => (/^`[^`\n]+`$/.test(part) ? codeSpan(part.slice(1, -1)) : words(part)))
    .join("");
}

function words(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(CODE_WORD)) {
    out += escapeMarkdown(text.slice(last, m.index)) + codeSpan(m[0]);
    last = m.index! + m[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/** A fenced block whose fence is longer than any backtick run inside, so text cannot escape it. */
export function codeBlock(text: string, info = ""): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [fence + info, text, fence];
}

export function renderMarkdown(report: Report): string {
  const v = verdict(report);
  const { errors, warnings, notices, hidden } = groupFindings(report.findings);
  const plan = report.plan;
  const lines = [
    `### ${v === "ready" ? "✅" : "❌"} ${escapeMarkdown(headline(report))} · ${codeSpan(plan.label)}`,
    "",
  ];
  for (const note of report.undone ?? []) lines.push(`> [!WARNING]\n> ${escapeMarkdown(note)}`, "");
  if (errors.length > 0) lines.push("**Fix first**", "", ...errors.map(findingLine), "");
  if (report.command) {
    lines.push(...commandLines(report), "", ...editLines(report), ...shapeTable(report), "");
    lines.push(
      `Plan ${codeSpan(plan.label)}: ${plan.cores} vCPU, ${plan.memoryMb} MB per instance; ${memoryLine(report)}.`,
      "",
      "<details><summary>Why these numbers</summary>",
      "",
      ...reasons(report).map(
        ([name, value, why, evidence]) =>
          `- **${name}** ${codeSpan(value)}: ${prose(why)}${evidence ? ` [Evidence](${evidence})` : ""}`,
      ),
      "",
      "</details>",
      "",
    );
  }
  if (warnings.length > 0) lines.push("**Check**", "", ...warnings.map(findingLine), "");
  if (report.judgement) lines.push(...judgementLines(report.judgement), "");
  if (notices.length > 0) {
    lines.push(
      `<details><summary>Notes (${notices.length})</summary>`,
      "",
      ...notices.map(findingLine),
      "",
      "</details>",
      "",
    );
  }
  if (hidden > 0) lines.push(`… and ${hidden} more findings (see the annotations).`, "");
  if (errors.length + warnings.length + notices.length === 0) {
    lines.push("No findings: the layout is what App Service expects.", "");
  }
  if (report.footer) lines.push(...footerLines(report.footer));
  return lines.join("\n").replace(/\n+$/, "") + "\n";
}

function judgementLines(table: NonNullable<Report["judgement"]>): string[] {
  return [
    `**${escapeMarkdown(table.title)}**`,
    "",
    "| | before | after |",
    "| --- | --- | --- |",
    ...table.rows.map(([name, b, a]) => `| ${escapeMarkdown(name)} | ${b} | ${a} |`),
  ];
}

function commandLines(report: Report): string[] {
  const site = report.site;
  if (!site) return ["**Startup command**", "", ...codeBlock(report.command!, "sh")];
  const head = `**Startup command on ${escapeMarkdown(site.site)}**: ${SITE_OUTCOME[site.outcome]}.`;
  const desired = site.desired ?? report.command!;
  if (site.previous === desired) return [head, "", ...codeBlock(desired, "sh")];
  const previous = site.previous ?? "(empty: App Service detects the app and runs 1 sync worker)";
  const diff = [
    ...previous.split(/\r?\n/).map((l) => `- ${l}`),
    ...desired.split(/\r?\n/).map((l) => `+ ${l}`),
  ].join("\n");
  return [head, "", ...codeBlock(diff, "diff")];
}

function editLines(report: Report): string[] {
  return (report.edits ?? []).flatMap((e) => [
    `**Change in ${codeSpan(e.file)}**, line ${e.line}:`,
    "",
    ...codeBlock(`- ${e.before}\n+ ${e.after}`, "diff"),
    "",
  ]);
}

function shapeTable(report: Report): string[] {
  const { config } = report.recommendation;
  const now = before(report.site);
  const cell = (shape: Shape | undefined, pick: (s: Shape) => string) =>
    shape ? pick(shape) : "?";
  return [
    `| | ${now.label} | recommended |`,
    "| --- | --- | --- |",
    `| workers | ${cell(now.shape, describeShape)} | **${describeShape(config)}** |`,
    `| requests at once | ${cell(now.shape, concurrency)} | **${concurrency(config)}** |`,
    ...(config.workerConnections === undefined
      ? []
      : [
          `| connections | ${cell(now.shape, (s) => describeConnections(s) ?? "–")} | **${describeConnections(configShape(config))}** |`,
        ]),
  ];
}

function findingLine(f: Finding): string {
  const where = f.file ? ` ${codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`)}` : "";
  return `- ${ICON[f.level]}${where} ${prose(f.message)}`;
}

function footerLines(footer: NonNullable<Report["footer"]>): string[] {
  const parts = [`gunicorn-tuner ${escapeMarkdown(footer.version)}`];
  if (footer.commit) parts.push(`commit ${codeSpan(footer.commit.slice(0, 7))}`);
  if (footer.runUrl && /^https:\/\/[^\s()<>]+$/.test(footer.runUrl))
    parts.push(`[workflow run](${footer.runUrl})`);
  return ["---", `<sub>${parts.join(" · ")}</sub>`];
}
