// Whether the site came back after a startup-command write: what counts as healthy, how often to
// ask, and the answers in words. A config write restarts the app, and App Service's front end
// answers 503 while it does, so one good answer is not enough: the site must stay healthy for a
// while (the old process may still answer for a few seconds after the write).

export interface HealthAnswer {
  /** ms since the check began. */
  readonly at: number;
  /** The HTTP status; undefined when nothing answered. */
  readonly status: number | undefined;
}

export interface HealthReport {
  readonly healthy: boolean;
  readonly seconds: number;
  readonly answers: readonly HealthAnswer[];
}

/** A configured health path must answer 200; the site's root anything below 500. */
export function isHealthy(status: number | undefined, healthPath: boolean): boolean {
  if (status === undefined) return false;
  return healthPath ? status === 200 : status < 500;
}

/** How long answers must stay healthy, and how often to ask: both scale with the timeout. */
export function pacing(timeoutMs: number): {
  settleMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  requestTimeoutMs: number;
} {
  return {
    settleMs: Math.min(30_000, timeoutMs / 5),
    firstDelayMs: Math.min(2_000, timeoutMs / 50),
    maxDelayMs: Math.min(15_000, timeoutMs / 10),
    requestTimeoutMs: Math.min(10_000, timeoutMs / 5),
  };
}

/** "503 ×4, no answer ×2, 200 ×1", in the order first seen. */
export function describeAnswers(answers: readonly HealthAnswer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.status === undefined ? "no answer" : String(a.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(", ") || "no answer";
}
