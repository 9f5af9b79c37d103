// What the container log says about gunicorn after a change: workers killed for running past
// their timeout, workers the kernel killed (out of memory, as gunicorn itself suggests), and
// worker boots, which repeat in a boot loop. Lines are counted from the change on.

export interface LogProblems {
  readonly timeouts: number;
  readonly killed: number;
  readonly boots: number;
}

const TIMEOUT = /\[CRITICAL\] WORKER TIMEOUT/;
const KILLED = /was sent SIGKILL|Perhaps out of memory/;
const BOOT = /Booting worker with pid/;
/** App Service's own ISO time at the line start, else gunicorn's `[2026-11-29 06:00:01 +0000]`. */
const STAMP = /(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z| ?[+-]\d{4})?/;

export function logProblems(texts: readonly string[], since: number): LogProblems {
  const count = { timeouts: 0, killed: 0, boots: 0 };
  for (const text of texts) {
    for (const line of text.split("\n")) {
      const at = stampOf(line);
      if (at === undefined || at < since) continue;
      if (TIMEOUT.test(line)) count.timeouts++;
      else if (KILLED.test(line)) count.killed++;
      else if (BOOT.test(line)) count.boots++;
    }
  }
  return count;
}

function stampOf(line: string): number | undefined {
  const m = STAMP.exec(line);
  if (!m) return undefined;
  const zone = !m[3] || m[3] === "Z" ? "Z" : `${m[3].trim().slice(0, 3)}:${m[3].trim().slice(3)}`;
  const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isFinite(t) ? t : undefined;
}

/** A boot loop: far more worker boots than the workers a couple of restarts would start. */
export function bootLoop(problems: LogProblems, workers: number): boolean {
  return problems.boots > Math.max(10, 3 * workers);
}

/** "3 WORKER TIMEOUTs, 2 workers killed (out of memory?), 14 worker boots", or "". */
export function describeProblems(p: LogProblems): string {
  return [
    p.timeouts && `${p.timeouts} WORKER TIMEOUT${p.timeouts === 1 ? "" : "s"}`,
    p.killed &&
      `${p.killed} worker${p.killed === 1 ? "" : "s"} killed with SIGKILL (out of memory?)`,
    p.boots && `${p.boots} worker boot${p.boots === 1 ? "" : "s"}`,
  ]
    .filter(Boolean)
    .join(", ");
}
