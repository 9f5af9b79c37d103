// The judgement of the last recorded change in words: a finding that says what was seen and
// what was done, and the before → after table the report shows.
import { MIN_COMPARABLE, type Verdict } from "./change-judge.js";
import type { Finding } from "../report/findings.js";
import { duration, percent } from "./units.js";

export interface JudgementTable {
  readonly title: string;
  readonly rows: readonly (readonly [string, string, string])[];
}

export type Action = "undone" | "reported" | "kept" | "failed";

export function judgementTable(verdict: Verdict, changedAt: string): JudgementTable | undefined {
  if (verdict.kind === "wait") return undefined;
  const { before: b, after: a, rates } = verdict;
  const memory = (x: number | undefined) => (x === undefined ? "–" : percent(x));
  return {
    title: `The change of ${changedAt.slice(0, 16).replace("T", " ")} UTC, at comparable load (${Math.round(rates[0])}–${Math.round(rates[1])} requests a minute per instance)`,
    rows: [
      ["median response", duration(b.p50), duration(a.p50)],
      ["p95 response", duration(b.p95), duration(a.p95)],
      ["5xx", percent(b.errorShare), percent(a.errorShare)],
      ["memory of the plan", memory(b.memoryShare), memory(a.memoryShare)],
      ["busy intervals", String(b.intervals), String(a.intervals)],
    ],
  };
}

export function judgementFinding(
  verdict: Verdict,
  changedAt: string,
  action: Action,
  previous: string,
  failure = "",
): Finding {
  const when = `The change of ${changedAt.slice(0, 16).replace("T", " ")} UTC`;
  if (verdict.kind === "wait") {
    return {
      level: "notice",
      message: `${when} cannot be judged yet: ${verdict.have} busy intervals at comparable load on each side, ${MIN_COMPARABLE} needed. A later run judges it.`,
    };
  }
  const ratio = (verdict.after.p95 / verdict.before.p95).toFixed(2);
  if (verdict.kind === "better") {
    return {
      level: "notice",
      message: `${when} made the site faster at comparable load: p95 ${duration(verdict.before.p95)} → ${duration(verdict.after.p95)} (${ratio}×). It stays.`,
    };
  }
  if (verdict.kind === "same") {
    return {
      level: "notice",
      message: `${when} left the site about as it was at comparable load (p95 ${ratio}×). It stays.`,
    };
  }
  const worse = `${when} made the site worse at comparable load: ${verdict.reasons.join("; ")}.`;
  const shown = previous ? `\`${previous}\`` : "(empty: App Service's own detection)";
  if (action === "failed") {
    return {
      level: "warning",
      message: `${worse} Putting the previous startup command back (${shown}) failed: ${failure}`,
    };
  }
  return action === "undone"
    ? {
        level: "warning",
        message: `${worse} The previous startup command is back (${shown}), and the undone one is recorded so no later run applies it again.`,
      }
    : {
        level: "warning",
        message: `${worse} Set rollback-on-regression: true with mode apply to put the previous command back (${shown}).`,
      };
}
