// Brings the site's startup command in line with the recommendation without losing a step:
// read first, plan the change (core/startup-plan.ts), write only when the meaning differs (a
// config write restarts the app), never on a dry run or when blocked, and read the value back.
import type { GunicornConfig } from "../core/command/command.js";
import type { Finding } from "../core/report/findings.js";
import { neutralize } from "../core/report/log-text.js";
import type { SiteState } from "../core/report/report.js";
import { siteReloadFinding } from "../core/command/dev-settings.js";
import { planSite, settingsFindings, type AppSettings } from "../core/command/startup-plan.js";
import type { ChangeRecord } from "../core/site/change-record.js";
import { describeAnswers } from "../core/site/health.js";
import type { SiteConfig } from "./app-service.js";
import { guardWrite, readyToGuard, type GuardedStore, type HealthGuard } from "./health-guard.js";

export interface StartupCommandStore extends GuardedStore {
  readStartupCommand(): Promise<SiteConfig>;
  /** Only the app settings gunicorn and Oryx read; no other value is ever returned. */
  readGunicornSettings(): Promise<AppSettings>;
  /** Records a change that came back healthy on the site (its tags), without a restart. */
  recordChange?(record: ChangeRecord): Promise<void>;
}

export interface SyncRequest {
  /** Undefined when the app could not be located. */
  readonly command: string | undefined;
  readonly config: GunicornConfig;
  readonly cores: number;
  /** The app folder's files, for the script or config file the site's command names. */
  readonly files: ReadonlyMap<string, string>;
  /** False in comment/output mode: only read what the site has, for the report. */
  readonly apply: boolean;
  readonly dryRun: boolean;
  /** Layout errors: the app would not start, so nothing is written. */
  readonly blocked: boolean;
  /** After a write, wait for the site to come back; undefined (or a 0 timeout) skips it. */
  readonly health?: HealthGuard | undefined;
  /** A command a run undid for making the site worse: never written again by itself. */
  readonly undone?: string | undefined;
}

export class WriteNotKeptError extends Error {
  override name = "WriteNotKeptError";
}

export class NotPythonOnLinuxError extends Error {
  override name = "NotPythonOnLinuxError";
}

/** Refused to write because a step would be lost: nothing was written. */
export class StepWouldBeLostError extends Error {
  override name = "StepWouldBeLostError";
}

export async function syncStartupCommand(
  store: StartupCommandStore,
  request: SyncRequest,
): Promise<SiteState & { findings: Finding[] }> {
  const config = await store.readStartupCommand();
  if (!/^python\|/i.test(config.linuxFxVersion)) {
    const stack = config.linuxFxVersion
      ? `its stack is ${JSON.stringify(config.linuxFxVersion)}`
      : "it has no Linux stack (a Windows app?)";
    throw new NotPythonOnLinuxError(
      `${store.describe()} is not a Python app on App Service for Linux: ${stack}. gunicorn-tuner only sets startup commands for Linux Python apps (linuxFxVersion PYTHON|3.x).`,
    );
  }
  const previous = config.appCommandLine.trim() || undefined;
  const settings = await store.readGunicornSettings();
  const findings = request.command
    ? [...settingsFindings(settings, request.config), ...siteReloadFinding(previous ?? "")]
    : [];
  const plan = request.command
    ? planSite({ ...request, command: request.command, appCommandLine: previous ?? "", settings })
    : undefined;
  const state = (outcome: SiteState["outcome"]) => ({
    site: store.describe(),
    previous,
    outcome,
    desired: plan?.status === "write" ? plan.command : previous,
    current: plan?.current,
    findings:
      plan?.status === "write" && plan.note
        ? [...findings, { level: "notice" as const, message: plan.note }]
        : findings,
  });
  if (!request.apply || !plan) return state(request.apply ? "blocked" : "read");
  if (request.blocked) return state("blocked");
  if (plan.status === "unchanged") return state("unchanged");
  if (plan.status === "refused")
    throw new StepWouldBeLostError(`${store.describe()}: ${plan.reason}`);
  if (request.undone !== undefined && plan.command.trim() === request.undone.trim()) {
    const held = state("held");
    const message =
      "This command was applied before and undone for making the site worse, so it is not applied again. Remove the site's gunicorn-tuner-undone-* tags to let a run try it again.";
    return { ...held, findings: [...held.findings, { level: "notice" as const, message }] };
  }
  if (request.dryRun) return state("dry-run");
  const guard = await readyToGuard(store, request.health, config.healthCheckPath);
  await store.writeStartupCommand(plan.command);
  // Report success only for what the site kept: read the value back.
  const kept = (await store.readStartupCommand()).appCommandLine.trim();
  if (kept !== plan.command) {
    throw new WriteNotKeptError(
      `${store.describe()} accepted the new startup command but did not keep it: it still reads ${JSON.stringify(neutralize(kept || "(empty)"))}. Check for a policy or deployment that resets appCommandLine, then run again.`,
    );
  }
  const applied = state("applied");
  if (!guard) return applied;
  if ("skipped" in guard) return { ...applied, findings: [...applied.findings, guard.skipped] };
  const { target } = guard;
  // The previous value byte for byte, so a revert restores exactly what the site had.
  const health = await guardWrite(store, request.health!, target, config.appCommandLine);
  const healthy: Finding = {
    level: "notice",
    message: `The site came back healthy: ${target.url} answered ${describeAnswers(health.answers)} over ${health.seconds} s after the write.`,
  };
  const record = await recorded(store, {
    previous: config.appCommandLine,
    changedAt: new Date().toISOString(),
  });
  return { ...applied, findings: [...applied.findings, healthy, ...record] };
}

/** The change is made and healthy: failing to record it is worth a warning, not a failure. */
async function recorded(store: StartupCommandStore, record: ChangeRecord): Promise<Finding[]> {
  if (!store.recordChange) return [];
  try {
    await store.recordChange(record);
    return [];
  } catch (error) {
    return [
      {
        level: "warning",
        message: `The change was not recorded in the site's tags (${neutralize((error as Error).message)}), so a later run cannot judge or undo it by itself.`,
      },
    ];
  }
}
