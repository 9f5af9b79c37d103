// rollback-on-regression: judge the last change gunicorn-tuner recorded on the site, from the
// site's metrics before and after it, and with mode apply undo one that made the site worse.
// Judging never fails the step; undoing is a guarded write like any other.
import type { AppService, SiteConfig } from "../azure/app-service.js";
import { guardWrite, readyToGuard, type HealthGuard } from "../azure/health-guard.js";
import { instancesTop, type SiteMonitor } from "../azure/monitor.js";
import type { SiteTags } from "../azure/site-tags.js";
import {
  judgementFinding,
  judgementTable,
  type JudgementTable,
} from "../core/site/change-findings.js";
import { judgeChange } from "../core/site/change-judge.js";
import type { LogProblems } from "../core/site/container-logs.js";
import { readRecord, readUndone, undoneTags } from "../core/site/change-record.js";
import { errorMessage } from "../core/inputs/errors.js";
import type { Finding } from "../core/report/findings.js";
import { neutralize } from "../core/report/log-text.js";
import { spanFor } from "../core/site/metrics-window.js";

/** The metrics before a change that the judgement compares with. */
const BEFORE_MS = 7 * 86_400_000;

export interface Judged {
  readonly findings: Finding[];
  readonly table?: JudgementTable | undefined;
  /** A command a run undid: not applied again. */
  readonly undone?: string | undefined;
}

export interface JudgeRequest {
  readonly memoryMb: number;
  /** Put the previous command back when the change made the site worse. */
  readonly undo: boolean;
  readonly guard: HealthGuard;
  /** The container log's problems since a time, when Kudu can be read. */
  readonly logs?: (since: number) => Promise<LogProblems>;
}

export async function judgeLastChange(
  parts: { service: AppService; monitor: SiteMonitor; tags: SiteTags },
  request: JudgeRequest,
): Promise<Judged> {
  try {
    return await judge(parts, request);
  } catch (error) {
    return {
      findings: [
        {
          level: "warning",
          message: `The last recorded change could not be judged: ${neutralize(errorMessage(error))}`,
        },
      ],
    };
  }
}

async function judge(
  { service, monitor, tags }: { service: AppService; monitor: SiteMonitor; tags: SiteTags },
  request: JudgeRequest,
): Promise<Judged> {
  const ids = await service.resourceIds();
  const siteTags = await tags.read(ids.site);
  const record = readRecord(siteTags);
  const undone = readUndone(siteTags);
  if (!record || (undone && undone.undoneAt >= record.changedAt)) {
    return { findings: [], undone: undone?.command };
  }
  const changedAt = Date.parse(record.changedAt);
  const now = Date.now();
  const span = spanFor({ text: "", ms: now - changedAt + BEFORE_MS }, now);
  const plan = await service.readPlan().catch(() => undefined);
  const series = await monitor.siteSeries(ids.site, span, instancesTop(plan?.maxWorkers));
  const config = await service.readStartupCommand();
  const current = config.appCommandLine;
  const logs = await request.logs?.(changedAt).catch(() => undefined);
  const verdict = judgeChange(
    series,
    changedAt,
    request.memoryMb,
    logs && { problems: logs, workers: workersIn(current) },
  );
  const table = judgementTable(verdict, record.changedAt);
  if (verdict.kind !== "worse" || !request.undo) {
    const action = verdict.kind === "worse" ? "reported" : "kept";
    return {
      findings: [judgementFinding(verdict, record.changedAt, action, record.previous)],
      table,
      undone: undone?.command,
    };
  }
  try {
    await undo(service, request.guard, record.previous, config);
  } catch (error) {
    const failure = neutralize(errorMessage(error));
    return {
      findings: [judgementFinding(verdict, record.changedAt, "failed", record.previous, failure)],
      table,
    };
  }
  await tags.merge(ids.site, undoneTags({ command: current, undoneAt: new Date().toISOString() }));
  return {
    findings: [judgementFinding(verdict, record.changedAt, "undone", record.previous)],
    table,
    undone: current,
  };
}

/** The workers a command starts (1 when it does not say): what a boot loop is measured by. */
function workersIn(command: string): number {
  const m = /(?:--workers[= ]|-w ?)(\d+)/.exec(command);
  return m ? Number(m[1]) : 1;
}

/** The previous command back, guarded: if that does not come up either, the current returns. */
async function undo(
  service: AppService,
  guard: HealthGuard,
  previous: string,
  config: SiteConfig,
): Promise<void> {
  const current = config.appCommandLine;
  // Someone already put it back: a write would only restart the app.
  if (current.trim() === previous.trim()) return;
  const ready = await readyToGuard(service, guard, config.healthCheckPath);
  await service.writeStartupCommand(previous);
  const back = (await service.readStartupCommand()).appCommandLine;
  if (back.trim() !== previous.trim()) {
    throw new Error(`the site did not keep the previous command ${JSON.stringify(previous)}`);
  }
  if (ready && "target" in ready) await guardWrite(service, guard, ready.target, current);
}
