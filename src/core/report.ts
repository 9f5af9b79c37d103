// What the job summary, the PR comment and the terminal show, in one model: the verdict first,
// what blocks, the command and what it changes, then the reasons. Renderers: report-markdown.ts
// (summary and comment) and report-text.ts (terminal).
import { isThreadedClass, parseCommand } from "./command.js";
import { byLevel, type Finding } from "./findings.js";
import type { Recommendation } from "./recommend.js";
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
  /** read: not asked to apply; blocked: layout errors, nothing written. */
  readonly outcome: "read" | "unchanged" | "dry-run" | "applied" | "blocked";
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
  /** What this run could not do (a failed Azure call), shown under the headline. */
  readonly undone?: readonly string[] | undefined;
  readonly footer?: Footer | undefined;
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

/** The parts of a run's settings a reader compares: workers × threads and the class. */
export interface Shape {
  readonly workers: number;
  readonly threads: number;
  readonly workerClass: string;
}

/** What App Service runs without a startup command (Oryx): one sync worker, one thread. */
export const PLATFORM_DEFAULT: Shape = { workers: 1, threads: 1, workerClass: "sync" };

/** Short names for the event-loop worker classes, for tables. */
const EVENT_LOOP_NAMES: Readonly<Record<string, string>> = {
  "uvicorn_worker.UvicornWorker": "uvicorn",
  "uvicorn.workers.UvicornWorker": "uvicorn",
  asgi: "asgi",
};

/** "4 sync workers × 1 thread", "6 gthread workers × 20 threads", "4 uvicorn workers". */
export function describeShape(shape: Shape): string {
  const loop = EVENT_LOOP_NAMES[shape.workerClass];
  if (loop) return `${plural(shape.workers, `${loop} worker`)} (event loop)`;
  return `${plural(shape.workers, `${shape.workerClass} worker`)} × ${plural(shape.threads, "thread")}`;
}

/** The site's current command, when it is one we can read; the platform default when empty. */
export function before(site: SiteState | undefined): { label: string; shape: Shape | undefined } {
  if (!site) return { label: "App Service default", shape: PLATFORM_DEFAULT };
  if (site.previous === undefined)
    return { label: "now (App Service default)", shape: PLATFORM_DEFAULT };
  try {
    return { label: "now", shape: parseCommand(site.previous) };
  } catch {
    return { label: "now", shape: undefined };
  }
}

export function concurrency(shape: Shape): number {
  return shape.workers * shape.threads;
}

export function reasons(report: Report): Array<[name: string, value: string, why: string]> {
  const { config, reasons: why } = report.recommendation;
  const out: Array<[string, string, string]> = [["workers", String(config.workers), why.workers]];
  if (isThreadedClass(config.workerClass)) {
    out.push(["threads", String(config.threads), why.threads]);
  }
  out.push(
    ["worker class", config.workerClass, why.workerClass],
    ["timeout", `${config.timeout} s`, why.timeout],
  );
  return out;
}

export const SITE_OUTCOME: Readonly<Record<SiteState["outcome"], string>> = {
  read: "current value, not changed (mode apply writes it)",
  unchanged: "already set: nothing was written",
  "dry-run": "dry run: this is what would be written; nothing was",
  applied: "applied: the site restarts with the new command",
  blocked: "not applied: the layout check found errors",
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
