// After a startup-command write: wait for the site to come back healthy, and put the previous
// command back, byte for byte, when it does not. The site is never left without a command it
// had; a revert that fails is said first and loudest, with the command to paste.
import type { Finding } from "../core/report/findings.js";
import { describeAnswers, type HealthReport } from "../core/site/health.js";
import { neutralize } from "../core/report/log-text.js";
import type { HealthTarget } from "../site/health-probe.js";

export interface HealthGuard {
  readonly timeoutMs: number;
  /** The site's address: the site-url input, else https:// and its host name. */
  readonly siteUrl: string | undefined;
  /** The health-path input, else the site's healthCheckPath, else "/". */
  readonly path: string | undefined;
  readonly wait: (target: HealthTarget, timeoutMs: number) => Promise<HealthReport>;
}

export interface GuardedStore {
  describe(): string;
  readStartupCommand(): Promise<{ appCommandLine: string }>;
  writeStartupCommand(command: string): Promise<void>;
  readHostName(): Promise<string>;
  /** What the container log says since a time, in words ("" for nothing); optional. */
  containerLog?(since: number): Promise<string>;
}

export class UnhealthyChangeError extends Error {
  override name = "UnhealthyChangeError";
}

export class RevertFailedError extends Error {
  override name = "RevertFailedError";
}

/** Where to ask, from the inputs and what the site says of itself. */
export async function healthTarget(
  store: GuardedStore,
  guard: HealthGuard,
  siteHealthPath: string,
): Promise<HealthTarget> {
  const origin = guard.siteUrl ?? `https://${await store.readHostName()}`;
  const path = guard.path ?? (siteHealthPath || "/");
  return { url: `${origin}${path}`, healthPath: path !== "/" };
}

/** Seconds the site gets to show it is healthy before the write. */
const BEFORE_MS = 10_000;

/**
 * Whether the health check can judge the write: a site this runner cannot reach, or that is
 * not healthy before the change (access restrictions, a private endpoint), would make every
 * change look broken and be reverted, so the check is skipped with a warning instead.
 */
export async function readyToGuard(
  store: GuardedStore,
  health: HealthGuard | undefined,
  healthCheckPath: string,
): Promise<{ target: HealthTarget } | { skipped: Finding } | undefined> {
  if (!health || health.timeoutMs === 0) return undefined;
  const target = await healthTarget(store, health, healthCheckPath);
  const before = await health.wait(target, Math.min(health.timeoutMs, BEFORE_MS));
  if (before.healthy) return { target };
  return {
    skipped: {
      level: "warning",
      message: `The health check after the write was skipped: before the change ${target.url} answered ${describeAnswers(before.answers)}, not healthy from this runner, so it could not tell a broken command from an unreachable site. Set site-url and health-path to an address the runner reaches, or health-timeout: 0.`,
    },
  };
}

/** Healthy: the report. Not: the previous command is put back, and this throws why. */
export async function guardWrite(
  store: GuardedStore,
  guard: HealthGuard,
  target: HealthTarget,
  previous: string,
): Promise<HealthReport> {
  const writtenAt = Date.now();
  const after = await guard.wait(target, guard.timeoutMs);
  if (after.healthy) return after;
  const logged = await containerLog(store, writtenAt);
  const seen = `${target.url} answered ${describeAnswers(after.answers)} in ${after.seconds} s${logged}`;
  const shown = previous
    ? JSON.stringify(neutralize(previous))
    : "(empty: App Service's own detection)";
  try {
    await store.writeStartupCommand(previous);
    const back = (await store.readStartupCommand()).appCommandLine;
    if (back.trim() !== previous.trim())
      throw new Error(`it still reads ${JSON.stringify(neutralize(back))}`);
  } catch (error) {
    throw new RevertFailedError(
      `THE SITE MAY BE DOWN, AND ITS PREVIOUS STARTUP COMMAND COULD NOT BE PUT BACK. ${store.describe()} did not come back healthy after the new command was written (${seen}), and writing the previous one failed: ${neutralize((error as Error).message)}. Set it back by hand now (Configuration → General settings → Startup Command): ${shown}`,
    );
  }
  const again = await guard.wait(target, guard.timeoutMs);
  const now = again.healthy
    ? `the site answered healthy again after ${again.seconds} s`
    : `the site still did not answer healthy (${describeAnswers(again.answers)} in ${again.seconds} s)`;
  throw new UnhealthyChangeError(
    `${store.describe()} did not come back healthy within ${Math.round(guard.timeoutMs / 1000)} s of the new startup command (${seen}). The previous command is back (${shown}) and ${now}. The container log (Log stream) says why the new command failed.`,
  );
}

/** "; the container log shows …" when it can be read and says something. */
async function containerLog(store: GuardedStore, since: number): Promise<string> {
  const said = await store.containerLog?.(since).catch(() => "");
  return said ? `; the container log shows ${said}` : "";
}
