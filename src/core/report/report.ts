// What the job summary, the PR comment and the terminal show, in one model: the verdict first,
// what blocks, the command and what it changes, then the reasons. Renderers: report-markdown.ts
// (summary and comment) and report-text.ts (terminal).
import {
  configShape,
  isThreadedClass,
  parseCommand,
  type WorkerClass,
} from "../command/command.js";
import { byLevel, type Finding } from "./findings.js";
import type { JudgementTable } from "../site/change-findings.js";
import type { Recommendation } from "../sizing/recommend.js";
import type { FileEdit } from "../command/file-edit.js";
import { PLATFORM_DEFAULT, type Shape } from "../sizing/shape.js";
import { plural } from "./words.js";

export interface PlanSummary {
  readonly label: string;
  readonly cores: number;
  readonly memoryMb: number;
}

/** What the site has now and what this run did to it. */
export interface SiteState {
  readonly site: string;
  readonly previous: string | undefined;
  /** What the site's command becomes (the previous one with its gunicorn step retuned). */
  readonly desired?: string | undefined;
  /** What the site runs today, all sources of settings counted. */
  readonly current?: Shape | undefined;
  /** read: not asked to apply; blocked: layout errors, nothing written. */
  readonly outcome: "read" | "unchanged" | "dry-run" | "applied" | "blocked" | "held";
}

export interface Footer {
  readonly version: string;
  readonly commit?: string | undefined;
  readonly runUrl?: string | undefined;
}

export interface Report {
  /** The app's name (its folder), for the headline. */
  readonly title: string;
  readonly command: string | undefined;
  readonly recommendation: Recommendation;
  readonly plan: PlanSummary;
  readonly findings: readonly Finding[];
  readonly site?: SiteState | undefined;
  /** Lines to change in the repository's files, shown as ready-to-paste diffs. */
  readonly edits?: readonly FileEdit[] | undefined;
  /** What this run could not do (a failed Azure call), shown under the headline. */
  readonly undone?: readonly string[] | undefined;
  /** The last recorded change, judged before → after (rollback-on-regression). */
  readonly judgement?: JudgementTable | undefined;
  readonly footer?: Footer | undefined;
  /**
   * Where the evidence links point: the action's repository at the version that ran
   * (`https://github.com/owner/repo/blob/v1/`); without it they stay repository paths.
   */
  readonly evidenceBase?: string | undefined;
}

/** Findings listed in full; the rest are counted (GitHub caps a comment at 65,536 characters). */
export const MAX_LISTED_FINDINGS = 50;

export type Verdict = "ready" | "blocked" | "no-app";

export function verdict(report: Report): Verdict {
  if (!report.command) return "no-app";
  return report.findings.some((f) => f.level === "error") ? "blocked" : "ready";
}

export function headline(report: Report): string {
  const errors = report.findings.filter((f) => f.level === "error").length;
  switch (verdict(report)) {
    case "ready":
      return `${report.title} is ready for App Service`;
    case "blocked":
      return `${report.title}: blocked, fix ${plural(errors, "error")} first`;
    case "no-app":
      return `${report.title}: no app found`;
  }
}

/** The site's current command, when it is one we can read; the platform default when empty. */
export function before(site: SiteState | undefined): { label: string; shape: Shape | undefined } {
  if (!site) return { label: "App Service default", shape: PLATFORM_DEFAULT };
  if (site.current)
    return { label: site.previous ? "now" : "now (App Service default)", shape: site.current };
  if (site.previous === undefined)
    return { label: "now (App Service default)", shape: PLATFORM_DEFAULT };
  try {
    return { label: "now", shape: configShape(parseCommand(site.previous)) };
  } catch {
    return { label: "now", shape: undefined };
  }
}

/**
 * Requests a shape serves at once, in words: workers × threads, except that an event loop
 * holds every request that awaits I/O, so its count is not bounded by threads.
 */
export function concurrency(shape: Shape): string {
  if (isThreadedClass(shape.workerClass as WorkerClass))
    return String(shape.workers * shape.threads);
  return "many per worker";
}

export type ReasonRow = [name: string, value: string, why: string, evidence: string | undefined];

export function reasons(report: Report): ReasonRow[] {
  const { config, reasons: why, evidence } = report.recommendation;
  const link = (doc: string | undefined) => doc && `${report.evidenceBase ?? ""}${doc}`;
  const out: ReasonRow[] = [
    ["workers", String(config.workers), why.workers, link(evidence.workers)],
  ];
  // Workers and threads share their evidence: link it once.
  if (isThreadedClass(config.workerClass)) {
    const same = evidence.threads === evidence.workers;
    out.push([
      "threads",
      String(config.threads),
      why.threads,
      same ? undefined : link(evidence.threads),
    ]);
  }
  out.push(
    ["worker class", config.workerClass, why.workerClass, link(evidence.workerClass)],
    ["timeout", `${config.timeout} s`, why.timeout, link(evidence.timeout)],
  );
  return out;
}

export const SITE_OUTCOME: Readonly<Record<SiteState["outcome"], string>> = {
  read: "current value, not changed (mode apply writes it)",
  unchanged: "already set: nothing was written",
  "dry-run": "dry run: this is what would be written; nothing was",
  applied: "applied: the site restarts with the new command",
  blocked: "not applied: the layout check found errors",
  held: "not applied: a run undid this command before, for making the site worse",
};

/** Findings split for the report: what blocks, what to look at, and notes; capped. */
export function groupFindings(findings: readonly Finding[]): {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
  hidden: number;
} {
  const listed = byLevel(findings).slice(0, MAX_LISTED_FINDINGS);
  return {
    errors: listed.filter((f) => f.level === "error"),
    warnings: listed.filter((f) => f.level === "warning"),
    notices: listed.filter((f) => f.level === "notice"),
    hidden: findings.length - listed.length,
  };
}

export function memoryLine(report: Report): string {
  const { memory } = report.recommendation;
  return `estimated memory ${memory.estimatedMb} MB of a ${memory.budgetMb} MB budget`;
}
