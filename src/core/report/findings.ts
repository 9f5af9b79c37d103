// A finding is one thing the user should know or fix, with where it is when that applies.

export type Level = "error" | "warning" | "notice";

export interface Finding {
  readonly level: Level;
  /** Says what is wrong and what to do about it. */
  readonly message: string;
  /** Path relative to the repository root, for annotations. */
  readonly file?: string;
  readonly line?: number;
}

const RANK: Readonly<Record<Level, number>> = { error: 0, warning: 1, notice: 2 };

export function byLevel(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.level] - RANK[b.level]);
}

export function count(findings: readonly Finding[], level: Level): number {
  return findings.filter((f) => f.level === level).length;
}

export type FailOn = "error" | "warning" | "never";

/** Whether the findings fail the run under the user's `fail-on` setting. */
export function failsRun(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return findings.some(
    (f) => f.level === "error" || (failOn === "warning" && f.level === "warning"),
  );
}
