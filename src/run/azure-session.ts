// The Azure side of a run, for the action and the CLI alike: loaded only when a run talks to
// Azure (mode apply, plan auto, or app-name given), so output mode does not pay for the SDK.
import { AppService } from "../azure/app-service.js";
import { MONITOR_LIMITS } from "../azure/limits.js";
import { instancesTop, SiteMonitor } from "../azure/monitor.js";
import { currentRun, unreadRun } from "../core/command/current-run.js";
import type { SiteObservation } from "../core/site/measured-inputs.js";
import { spanFor, type MetricsWindow } from "../core/site/metrics-window.js";
import { needsPlanCpu, withPlanCpu } from "../core/site/plan-cpu.js";
import { createCredential, resolveSubscription } from "../azure/credential.js";
import { SiteTags } from "../azure/site-tags.js";
import { judgeLastChange, type Judged } from "./judge.js";
import { syncStartupCommand, type StartupCommandStore, type SyncRequest } from "../azure/sync.js";
import { recordTags } from "../core/site/change-record.js";
import { describeProblems, logProblems, type LogProblems } from "../core/site/container-logs.js";
import { KuduLogs } from "../azure/kudu.js";
import { waitForHealth } from "../site/health-probe.js";
import type { Finding } from "../core/report/findings.js";
import type { AzureInputs } from "../core/inputs/inputs.js";
import { findPlan, PLAN_SKUS, type PlanResources } from "../core/sizing/plans.js";
import type { SiteState } from "../core/report/report.js";
import { plural } from "../core/report/words.js";

export interface AzureSite {
  /** rollback-on-regression: the last recorded change judged, and undone when asked and worse. */
  readonly judge: (memoryMb: number, undo: boolean) => Promise<Judged>;
  /** What the site's metrics say (io-profile auto); throws when they cannot be read. */
  readonly observe: (request: ObserveRequest) => Promise<SiteObservation>;
  readonly plan: (appsOnPlan: number) => Promise<{ resources: PlanResources; findings: Finding[] }>;
  readonly sync: (request: SyncRequest) => Promise<SiteState & { findings: Finding[] }>;
}

/** How a run signs in: the action passes the job's OIDC token; a terminal has none. */
export interface SignIn {
  readonly getIdToken?: (audience: string) => Promise<string>;
}

export async function connectAzure(azure: AzureInputs, signIn: SignIn = {}): Promise<AzureSite> {
  const subscriptionId = await resolveSubscription(azure.subscriptionId);
  const credential = createCredential({
    clientId: azure.clientId,
    tenantId: azure.tenantId,
    getIdToken:
      signIn.getIdToken ??
      (() => Promise.reject(new Error("no OIDC token outside GitHub Actions"))),
  });
  const service = new AppService(
    credential,
    { subscriptionId, resourceGroup: azure.resourceGroup, name: azure.appName, slot: azure.slot },
    azure.armEndpoint,
  );
  const monitor = new SiteMonitor(credential, subscriptionId, azure.armEndpoint, MONITOR_LIMITS);
  const tags = new SiteTags(credential, subscriptionId, azure.armEndpoint);
  const kudu = new KuduLogs(credential, azure.armEndpoint);
  const logs = async (since: number) =>
    logProblems(await kudu.dockerLogs(await service.readScmOrigin(), since), since);
  const guard = {
    timeoutMs: azure.health.timeoutSeconds * 1000,
    siteUrl: azure.health.siteUrl,
    path: azure.health.path,
    wait: waitForHealth,
  };
  return {
    judge: (memoryMb, undo) =>
      judgeLastChange({ service, monitor, tags }, { memoryMb, undo, guard, logs }),
    observe: (request) => observeSite(service, monitor, request),
    plan: (appsOnPlan) => readPlan(service, appsOnPlan),
    sync: (request) =>
      syncStartupCommand(guardedStore(service, tags, logs), { ...request, health: guard }),
  };
}

/** App Service's reads and writes, and the change record kept in the site's tags. */
function guardedStore(
  service: AppService,
  tags: SiteTags,
  logs: (since: number) => Promise<LogProblems>,
): StartupCommandStore {
  return {
    describe: () => service.describe(),
    readStartupCommand: () => service.readStartupCommand(),
    readGunicornSettings: () => service.readGunicornSettings(),
    writeStartupCommand: (command) => service.writeStartupCommand(command),
    readHostName: () => service.readHostName(),
    containerLog: async (since) => describeProblems(await logs(since)),
    recordChange: async (record) =>
      tags.merge((await service.resourceIds()).site, recordTags(record)),
  };
}

export interface ObserveRequest {
  readonly window: MetricsWindow;
  readonly files: ReadonlyMap<string, string>;
  readonly cores: number;
  readonly memoryMb: number;
}

async function observeSite(
  service: AppService,
  monitor: SiteMonitor,
  request: ObserveRequest,
): Promise<SiteObservation> {
  const [ids, config, settings, planInfo] = await Promise.all([
    service.resourceIds(),
    service.readStartupCommand(),
    service.readGunicornSettings(),
    service.readPlan().catch(() => undefined),
  ]);
  const span = spanFor(request.window, Date.now());
  const top = instancesTop(planInfo?.maxWorkers);
  const [siteSeries, configWrites, plan] = await Promise.all([
    monitor.siteSeries(ids.site, span, top),
    monitor.configWrites(ids.site, span),
    monitor.planAverages(ids.plan, span).catch(() => undefined),
  ]);
  const series =
    needsPlanCpu(siteSeries) && planInfo?.sites === 1
      ? withPlanCpu(siteSeries, await monitor.planCpu(ids.plan, span, top), request.cores)
      : siteSeries;
  return {
    series,
    configWrites,
    plan,
    window: request.window.text,
    cores: request.cores,
    memoryMb: request.memoryMb,
    current: currentRun(config.appCommandLine, settings, request.files, request.cores),
    unread: unreadRun(config.appCommandLine, request.files),
  };
}

async function readPlan(
  service: AppService,
  appsOnPlan: number,
): Promise<{ resources: PlanResources; findings: Finding[] }> {
  const info = await service.readPlan();
  const resources = findPlan(info.sku);
  if (!resources) {
    throw new Error(
      `plan: auto read SKU ${JSON.stringify(info.sku)} from plan ${info.name}, which is not a Linux App Service SKU gunicorn-tuner knows (${PLAN_SKUS.join(", ")}). Set plan: custom with cores and memory-mb.`,
    );
  }
  const findings: Finding[] = [
    {
      level: "notice",
      message: `plan: auto read ${resources.sku} from plan ${info.name}${info.instances ? ` (${plural(info.instances, "instance")}; the numbers are per instance)` : ""}.`,
    },
  ];
  if (info.sites !== undefined && info.sites > appsOnPlan) {
    findings.push({
      level: "warning",
      message: `Plan ${info.name} hosts ${info.sites} apps, which share its memory, but apps-on-plan is ${appsOnPlan}: set apps-on-plan: ${info.sites} so the workers fit.`,
    });
  }
  return { resources, findings };
}
