// Measuring the live site: the real @azure/arm-monitor client against the loopback Monitor
// stand-in, which answers as the documented API does (fake-monitor.ts): padded series, the
// `top` cap, empty and failed metrics, paged two-phase activity events, odd error bodies.
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppService } from "../src/azure/app-service.js";
import { createCredential } from "../src/azure/credential.js";
import { DEFAULT_LIMITS } from "../src/azure/limits.js";
import { MAX_ACTIVITY_PAGES, SiteMonitor } from "../src/azure/monitor.js";
import { fromObservation } from "../src/core/site/measured-inputs.js";
import { grainFor, parseWindow, spanFor } from "../src/core/site/metrics-window.js";
import { withPlanCpu } from "../src/core/site/plan-cpu.js";
import { responseMMc, serviceTimeMMc } from "../src/core/site/queueing.js";
import { measure, type SiteSeries } from "../src/core/site/site-metrics.js";
import { startFakeArm, SUBSCRIPTION, type FakeArm } from "./helpers/fake-arm.js";
import { operationEvents, type RecordedMetric } from "./helpers/fake-monitor.js";
import { planCpu, siteMetrics, wave, type Truth } from "./helpers/metrics.js";
import { FIXTURES } from "./helpers/paths.js";

const SITE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop`;
const PLAN = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan-p1v3`;
let arm: FakeArm;
const AUTO = { ioAuto: true, workerMemoryAuto: true };

beforeAll(() => {
  process.env.PATH = `${path.join(FIXTURES, "bin")}:${process.env.PATH}`;
});
beforeEach(async () => {
  arm = await startFakeArm();
  // The series below are dated 2026-11-20: the stand-in's retention check runs on that day.
  arm.monitorNow = () => Date.parse("2026-11-21T00:05:00Z");
});
afterEach(() => arm.close());

function credential() {
  return createCredential({ clientId: "", tenantId: "", getIdToken: async () => "" });
}
const monitor = () => new SiteMonitor(credential(), SUBSCRIPTION, arm.url);

const span = {
  start: new Date("2026-11-20T00:00:00Z"),
  end: new Date("2026-11-21T00:00:00Z"),
  grain: grainFor(parseWindow("P1D")),
};
const CURRENT = {
  workers: 4,
  threads: 5,
  workerClass: "gthread" as const,
  timeout: 230,
  workerConnections: 1000,
  keepAlive: 2,
};

/** The stand-in serves what the platform recorded; the real adapter reads it. */
async function seriesOf(recorded: RecordedMetric[], top = 30): Promise<SiteSeries> {
  arm.metrics.set(SITE.toLowerCase(), recorded);
  return monitor().siteSeries(SITE, span, top);
}

/** A configuration write of the site as the activity log records it: two events. */
const configWrite = (id: string, at: string, outcome: "Succeeded" | "Failed" = "Succeeded") =>
  operationEvents({
    resourceId: SITE,
    operation: "Microsoft.Web/sites/config/write",
    at: new Date(at),
    outcome,
    id,
  });

const query = (i: number) =>
  Object.fromEntries(new URL(`https://x${arm.requestUrls[i]}`).searchParams);

describe("SiteMonitor through the real SDK", () => {
  it("asks for the five site metrics per instance in one request, with top, at a grain Azure allows", async () => {
    const series = await seriesOf(
      siteMetrics({ cpuPerRequest: 0.01, serviceSeconds: 0.2, servers: 1, perMinute: [60, 0] }),
    );
    expect(arm.requests[0]).toMatchObject({
      method: "GET",
      path: `${SITE}/providers/Microsoft.Insights/metrics`,
      apiVersion: "2024-02-01",
    });
    expect(query(0)).toMatchObject({
      timespan: "2026-11-20T00:00:00.000Z/2026-11-21T00:00:00.000Z",
      interval: "PT1M",
      metricnames: "CpuTime,Requests,HttpResponseTime,MemoryWorkingSet,Http5xx",
      aggregation: "Total,Average",
      $filter: "Instance eq '*'",
      top: "30",
    });
    expect(series.intervalSeconds).toBe(60);
    expect(series.points).toContainEqual(
      expect.objectContaining({
        instance: "lw1sdlwk000000",
        requests: 60,
        cpuSeconds: 0.3 + 0.6,
        memoryBytes: 210 * 1048576,
      }),
    );
  });

  it("keeps every instance: Azure cuts each metric to `top` series, 10 unless asked", async () => {
    const recorded = siteMetrics({
      cpuPerRequest: 0.01,
      serviceSeconds: 0.2,
      servers: 1,
      perMinute: wave(60, 30, 90),
      instances: 12,
    });
    const instances = (s: SiteSeries) => new Set(s.points.map((p) => p.instance)).size;
    expect(instances(await seriesOf(recorded, 10))).toBe(10);
    expect(instances(await seriesOf(recorded, 30))).toBe(12);
  });

  it("reads a padded point as missing data, never as zero", async () => {
    // One instance served only the first minute; Azure pads the other 1,439 with timestamps.
    const series = await seriesOf(
      siteMetrics({ cpuPerRequest: 0.01, serviceSeconds: 0.2, servers: 1, perMinute: [60] }),
    );
    const padded = series.points.filter((p) => p.at > span.start.getTime());
    expect(padded).toEqual([]);
    expect(series.points).toHaveLength(1);
    expect(series.missing).toEqual([]);
  });

  it("reads only finite numbers as values: a string or null is missing data", async () => {
    const recorded = siteMetrics({
      cpuPerRequest: 0.01,
      serviceSeconds: 0.2,
      servers: 1,
      perMinute: [60, 60],
    }).map((m) =>
      m.name === "Requests"
        ? {
            ...m,
            series: m.series.map((s) => ({
              ...s,
              points: [
                { ...s.points[0]!, total: "12.5" as unknown as number },
                { ...s.points[1]!, total: null as unknown as number },
              ],
            })),
          }
        : m,
    );
    const series = await seriesOf(recorded);
    expect(series.points.map((p) => p.requests)).toEqual([undefined, undefined]);
    expect(series.missing).toEqual([{ metric: "Requests", why: "no data" }]);
  });

  it("names a metric that came back empty or with its own error, in a 200 answer", async () => {
    const recorded = siteMetrics({
      cpuPerRequest: 0.01,
      serviceSeconds: 0.2,
      servers: 1,
      perMinute: wave(60, 30, 90),
    }).map((m) =>
      m.name === "MemoryWorkingSet"
        ? { ...m, series: [] }
        : m.name === "Http5xx"
          ? { ...m, error: { code: "InternalError", message: "metric store unavailable" } }
          : m,
    );
    const series = await seriesOf(recorded);
    expect(series.missing).toEqual([
      { metric: "MemoryWorkingSet", why: "no data" },
      { metric: "Http5xx", why: "InternalError: metric store unavailable" },
    ]);
    expect(
      series.points.every((p) => p.errors5xx === undefined && p.memoryBytes === undefined),
    ).toBe(true);
  });

  it("counts each successful configuration write once, across pages, and no failed one", async () => {
    arm.activityPageSize = 2;
    arm.activity.push(
      ...configWrite("a", "2026-11-20T06:00:00Z", "Succeeded"),
      ...configWrite("b", "2026-11-20T12:00:00Z", "Succeeded"),
      ...configWrite("c", "2026-11-20T18:00:00Z", "Failed"),
      ...operationEvents({
        resourceId: SITE,
        operation: "Microsoft.Web/sites/restart/action",
        at: new Date("2026-11-20T19:00:00Z"),
        outcome: "Succeeded",
        id: "d",
      }),
      ...configWrite("e", "2026-11-20T09:00:00Z", "Succeeded").map((e) => ({
        ...(e as object),
        resourceId: `${SITE}-staging`,
      })),
    );
    const writes = await monitor().configWrites(SITE, span);
    expect(writes).toEqual([new Date("2026-11-20T06:00:04Z"), new Date("2026-11-20T12:00:04Z")]);
    // 8 events of this site, 2 a page: the client followed nextLink to the end.
    expect(arm.requestUrls.filter((u) => u.includes("eventtypes/management/values"))).toHaveLength(
      4,
    );
    expect(query(0).$filter).toBe(
      `eventTimestamp ge '2026-11-20T00:00:00.000Z' and eventTimestamp le '2026-11-21T00:00:00.000Z' and resourceUri eq '${SITE}'`,
    );
  });

  it("stops when a next link points back at its own page", async () => {
    arm.activityLinksToItself = true;
    arm.activity.push(...configWrite("w1", "2026-11-20T10:00:00Z"));
    const writes = await monitor().configWrites(SITE, span);
    expect(writes).toHaveLength(1);
    expect(arm.requestUrls.filter((u) => u.includes("eventtypes"))).toHaveLength(2);
  });

  it("stops paging at a bound when the log never ends", async () => {
    arm.activityPageSize = 1;
    for (let i = 0; i < MAX_ACTIVITY_PAGES + 20; i++) {
      arm.activity.push(
        ...operationEvents({
          resourceId: SITE,
          operation: "Microsoft.Web/sites/config/write",
          at: new Date(Date.parse("2026-11-20T00:00:00Z") + i * 60_000),
          outcome: "Succeeded",
          id: `w${i}`,
        }),
      );
    }
    await monitor().configWrites(SITE, span);
    expect(arm.requestUrls.filter((u) => u.includes("eventtypes"))).toHaveLength(
      MAX_ACTIVITY_PAGES,
    );
  });
});

describe("Azure's error bodies end as messages with the status, the resource and the server's text", () => {
  const service = () =>
    new AppService(
      credential(),
      { subscriptionId: SUBSCRIPTION, resourceGroup: "rg-web", name: "shop", slot: "" },
      arm.url,
      {
        requestTimeoutMs: 5000,
        maxResponseBytes: 1 << 20,
        budgetMs: 20_000,
        maxRetryAfterMs: 1000,
        maxRetries: 0,
      },
    );

  it.each([
    [
      "PascalCase (the App Service provider)",
      {
        Code: "NotFound",
        Message: "Cannot find ServerFarm with name plan-b1.",
        Target: null,
        Details: [],
        Innererror: null,
      },
      /\(HTTP 404 NotFound\): Cannot find ServerFarm with name plan-b1\. \[GET \/subscriptions\/.*\/serverfarms\/plan-b1\]/,
    ],
    [
      "empty",
      "",
      /\(HTTP 404\): \(the answer had no body\) \[GET \/subscriptions\/.*\/serverfarms\/plan-b1\]/,
    ],
  ])("%s body on a plan read", async (_, body, message) => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    arm.failNextWith(/GET .*\/serverfarms\//, 404, body);
    const error = await service()
      .readPlan()
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/TypeError|reading 'error'/);
  });

  it("a metrics 400 names the status and the server's words", async () => {
    const error = await monitor()
      .siteSeries(SITE, { ...span, grain: { iso: "PT2M", seconds: 120 } }, 30)
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^Azure refused to read the site's metrics \(HTTP 400 BadRequest\): Invalid time grain duration: PT2M \[GET .*\/sites\/shop\/providers\/Microsoft\.Insights\/metrics\]$/,
    );
  });
});

describe("grain and retention", () => {
  it("asks only for grains Azure allows, from an hour to 93 days", () => {
    const allowed = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D"];
    for (const w of ["PT1H", "PT12H", "P1D", "P2D", "P7D", "P30D", "P93D"]) {
      expect(allowed).toContain(grainFor(parseWindow(w)).iso);
    }
  });

  it("never asks for a span past the 93 days Azure keeps, and ends on a whole interval", () => {
    const now = Date.parse("2026-11-29T10:17:31Z");
    const s = spanFor(parseWindow("P93D"), now);
    expect(s.start.getTime()).toBeGreaterThanOrEqual(now - 93 * 86_400_000);
    expect(s.end.getTime() % (s.grain.seconds * 1000)).toBe(0);
    expect(s.end.getTime()).toBeLessThanOrEqual(now);
  });
});

describe("measuring the wait share from the metrics", () => {
  it("inverts M/M/c: the service time that gives a response time comes back", () => {
    for (const servers of [1, 4, 20]) {
      const response = responseMMc(3, 0.25, servers);
      expect(serviceTimeMMc(3, response, servers)).toBeCloseTo(0.25, 4);
    }
  });

  it.each([
    ["I/O-bound app queueing behind 1 sync worker", 0.004, 0.1, 1, 0.96],
    ["mixed app on 1 × 1", 0.03, 0.06, 1, 0.5],
    ["CPU-bound app on 4 workers", 0.045, 0.05, 4, 0.1],
  ])("%s: the truth's wait share within ±0.05", async (_, cpu, service, servers, share) => {
    const truth = {
      cpuPerRequest: cpu,
      serviceSeconds: service,
      servers,
      perMinute: wave(600, 30, Math.floor((servers / service) * 60 * 0.85)),
      instances: 2,
    };
    const result = measure(await seriesOf(siteMetrics(truth)), {
      workers: servers,
      threads: 1,
      cores: 1,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.measured.ioWaitRatio).toBeGreaterThan(share - 0.05);
    expect(result.measured.ioWaitRatio).toBeLessThan(share + 0.05);
    expect(result.measured.cpuPerRequest).toBeCloseTo(cpu, 4);
    expect(result.measured.workerMemoryMb).toBe(Math.round((210 - 30) / servers));
    expect(result.measured.basis.instances).toBe(2);
  });

  it("finds CPU per request above the idle floor when the load never varies", async () => {
    // Always the same traffic, with idle minutes: a regression's slope would be noise.
    const perMinute = Array.from({ length: 90 }, (_, i) => (i % 30 === 0 ? 0 : 240));
    const truth = { cpuPerRequest: 0.02, serviceSeconds: 0.2, servers: 4, perMinute, idleCpu: 1.5 };
    const result = measure(await seriesOf(siteMetrics(truth)), {
      workers: 4,
      threads: 1,
      cores: 1,
    });
    expect(result.ok && result.measured.cpuPerRequest).toBeCloseTo(0.02, 4);
    expect(result.ok && result.measured.idleCpuPerInterval).toBeCloseTo(1.5, 4);
    expect(result.ok && result.measured.ioWaitRatio).toBeCloseTo(0.9, 1);
  });

  it("says requests queue while CPU is flat, with the numbers", async () => {
    const truth = {
      cpuPerRequest: 0.004,
      serviceSeconds: 0.5,
      servers: 1,
      perMinute: wave(300, 90, 115),
    };
    const observed = fromObservation(
      {
        series: await seriesOf(siteMetrics(truth)),
        current: { ...CURRENT, workers: 1, threads: 1, workerClass: "sync", timeout: 600 },
        cores: 1,
        window: "P7D",
        configWrites: [],
      },
      AUTO,
    );
    expect(observed.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^CPU averaged \d %.* while responses took [\d.]+ s on average with 1 sync worker × 1 thread: requests are waiting for a free worker, not for CPU\.$/,
      ),
    );
  });

  it("falls back with a reason when there is too little traffic", async () => {
    const truth = {
      cpuPerRequest: 0.01,
      serviceSeconds: 0.1,
      servers: 1,
      perMinute: wave(100, 0, 5),
    };
    const observed = fromObservation(
      {
        series: await seriesOf(siteMetrics(truth)),
        current: undefined,
        cores: 1,
        window: "P7D",
        configWrites: [],
      },
      AUTO,
    );
    expect(observed.measured).toBeUndefined();
    expect(observed.findings[0]!.message).toMatch(
      /^io-profile and worker-memory-mb auto: the site's metrics over P7D are too thin to measure \(only 0 1-minute intervals/,
    );
  });

  it("falls back, naming the metric, when Requests failed: never zeros", async () => {
    const recorded = siteMetrics({
      cpuPerRequest: 0.01,
      serviceSeconds: 0.2,
      servers: 1,
      perMinute: wave(300, 100, 300),
    }).map((m) =>
      m.name === "Requests" ? { ...m, error: { code: "Throttled", message: "try later" } } : m,
    );
    const observed = fromObservation(
      {
        series: await seriesOf(recorded),
        current: undefined,
        cores: 1,
        window: "P1D",
        configWrites: [],
      },
      AUTO,
    );
    expect(observed.measured).toBeUndefined();
    expect(observed.findings[0]!.message).toContain(
      "too thin to measure (Azure Monitor gave an error for Requests (Throttled: try later))",
    );
  });

  it("a Linux site without CpuTime: no measurement from zeros; the plan's CPU stands in when the site is alone", async () => {
    const truth: Truth = {
      cpuPerRequest: 0.006,
      serviceSeconds: 0.12,
      servers: 1,
      perMinute: wave(600, 60, 420),
      noCpuTime: true,
    };
    const series = await seriesOf(siteMetrics(truth));
    expect(series.missing).toEqual([{ metric: "CpuTime", why: "no data" }]);
    const alone = measure(series, { workers: 1, threads: 1, cores: 2 });
    expect(alone).toEqual({ ok: false, why: expect.stringContaining("CpuTime had no data") });

    arm.metrics.set(PLAN.toLowerCase(), [planCpu(truth, 2)]);
    const fromPlan = withPlanCpu(series, await monitor().planCpu(PLAN, span, 30), 2);
    const observed = fromObservation(
      {
        series: fromPlan,
        current: { ...CURRENT, workers: 1, threads: 1, workerClass: "sync" },
        cores: 2,
        window: "P1D",
        configWrites: [],
      },
      AUTO,
    );
    expect(observed.measured!.ioWaitRatio).toBeCloseTo(0.95, 1);
    const messages = observed.findings.map((f) => f.message).join("\n");
    expect(messages).toContain("from the plan's CpuPercentage per instance");
    expect(messages).toContain(
      "Azure Monitor gave no data for CpuTime over P1D: CPU comes from the plan's CpuPercentage instead",
    );
  });
});

describe("a known truth through the real API's shapes", () => {
  // 12 instances, 4 of them added by autoscale only at peak; the last 3 minutes not ingested;
  // the site reports no CpuTime (the plan's stands in); the configuration was written
  // successfully at 06:00 and unsuccessfully at 09:00.
  const truth: Truth = {
    cpuPerRequest: 0.008,
    serviceSeconds: 0.16,
    servers: 20,
    perMinute: wave(720, 40, 900),
    instances: 12,
    peakOnly: 4,
    peakRpm: 700,
    notIngested: 3,
    noCpuTime: true,
    workingSetMb: 530,
  };

  it("wait share ±0.06, peak within 15 % counting every instance, worker memory within 20 %, before → after around the last successful write", async () => {
    arm.metrics.set(SITE.toLowerCase(), siteMetrics(truth));
    arm.metrics.set(PLAN.toLowerCase(), [planCpu(truth, 2)]);
    arm.activity.push(
      ...configWrite("ok", "2026-11-20T05:59:56Z", "Succeeded"),
      ...configWrite("bad", "2026-11-20T09:00:00Z", "Failed"),
    );
    const m = monitor();
    const series = withPlanCpu(
      await m.siteSeries(SITE, span, 30),
      await m.planCpu(PLAN, span, 30),
      2,
    );
    const observed = fromObservation(
      {
        series,
        current: { ...CURRENT, workers: 4, threads: 5 },
        cores: 2,
        window: "P1D",
        configWrites: await m.configWrites(SITE, span),
      },
      AUTO,
    );
    const measured = observed.measured!;
    const wait = 1 - truth.cpuPerRequest / truth.serviceSeconds;
    expect(Math.abs(measured.ioWaitRatio - wait)).toBeLessThanOrEqual(0.06);
    // The true peak: every instance that existed in the busiest minute.
    const peak =
      Math.max(...truth.perMinute.slice(0, -3).map((rpm) => rpm * (rpm >= 700 ? 12 : 8))) / 60;
    expect(measured.peakRequestsPerSecond / peak).toBeGreaterThan(0.85);
    expect(measured.peakRequestsPerSecond / peak).toBeLessThan(1.15);
    expect(measured.basis.instances).toBe(12);
    // Per instance: the busiest interval's requests shared among the instances that reported.
    expect(measured.peakPerInstancePerSecond / (peak / 12)).toBeGreaterThan(0.85);
    expect(measured.peakPerInstancePerSecond / (peak / 12)).toBeLessThan(1.15);
    expect(measured.peakInstances).toBe(12);
    const workerMb = (530 - 30) / 4;
    expect(Math.abs(measured.workerMemoryMb! - workerMb) / workerMb).toBeLessThanOrEqual(0.2);
    expect(observed.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^The site's configuration changed at 2026-11-20 06:00 UTC \(activity log\)\./,
      ),
    );
  });
});

describe("answers that never end", () => {
  it("cuts off a metrics answer sent a byte at a time, within the request timeout", async () => {
    arm.dripNext(/\/providers\/Microsoft.Insights\/metrics$/);
    const limits = { ...DEFAULT_LIMITS, requestTimeoutMs: 500, maxRetries: 0 };
    const started = Date.now();
    const error = await new SiteMonitor(credential(), SUBSCRIPTION, arm.url, limits)
      .siteSeries(SITE, span, 30)
      .catch((e: Error) => e);
    expect(String(error)).toMatch(/did not finish its answer within 0.5 s/);
    // Cut off by the bound, not by the step's five-minute budget.
    expect(Date.now() - started).toBeLessThan(DEFAULT_LIMITS.budgetMs);
  });

  it("cuts off an answer larger than the bound", async () => {
    arm.metrics.set(
      SITE.toLowerCase(),
      siteMetrics({
        cpuPerRequest: 0.01,
        serviceSeconds: 0.2,
        servers: 1,
        perMinute: wave(600, 20, 80),
      }),
    );
    const limits = { ...DEFAULT_LIMITS, maxResponseBytes: 1024, maxRetries: 0 };
    const error = await new SiteMonitor(credential(), SUBSCRIPTION, arm.url, limits)
      .siteSeries(SITE, span, 30)
      .catch((e: Error) => e);
    expect(String(error)).toMatch(/sent an answer over/);
  });
});
