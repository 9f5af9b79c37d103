// The one adapter over the site's own HTTP endpoint: ask it until it stays healthy or the time
// runs out, with backoff, each request bounded in time.
import { isHealthy, pacing, type HealthAnswer, type HealthReport } from "../core/site/health.js";

export interface HealthTarget {
  readonly url: string;
  /** A configured health path: only 200 counts. */
  readonly healthPath: boolean;
}

export async function waitForHealth(
  target: HealthTarget,
  timeoutMs: number,
): Promise<HealthReport> {
  const pace = pacing(timeoutMs);
  const start = Date.now();
  const answers: HealthAnswer[] = [];
  let healthySince: number | undefined;
  let delay = pace.firstDelayMs;
  while (Date.now() - start < timeoutMs) {
    const remaining = timeoutMs - (Date.now() - start);
    const status = await ask(target.url, Math.min(pace.requestTimeoutMs, remaining));
    const at = Date.now() - start;
    answers.push({ at, status });
    if (isHealthy(status, target.healthPath)) {
      healthySince ??= at;
      if (at - healthySince >= pace.settleMs) return report(true, start, answers);
    } else healthySince = undefined;
    await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, timeoutMs - at))));
    delay = Math.min(pace.maxDelayMs, delay * 1.5);
  }
  return report(false, start, answers);
}

async function ask(url: string, timeoutMs: number): Promise<number | undefined> {
  try {
    const res = await fetch(url, {
      signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
      redirect: "manual",
      headers: { "user-agent": "gunicorn-tuner health check" },
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.status;
  } catch {
    return undefined;
  }
}

function report(healthy: boolean, start: number, answers: HealthAnswer[]): HealthReport {
  return { healthy, seconds: Math.round((Date.now() - start) / 100) / 10, answers };
}
