// Measuring the live site: the real @azure/arm-monitor client against the loopback ARM's
// Azure Monitor stand-in. Asserts on the queries it received and on the numbers derived.
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SiteMonitor } from "../src/azure/monitor.js";
import { createCredential } from "../src/azure/credential.js";
import { fromObservation } from "../src/core/measured-inputs.js";
import { grainFor, parseWindow } from "../src/core/metrics-window.js";
import { responseMMc, serviceTimeMMc } from "../src/core/queueing.js";
import { measure } from "../src/core/site-metrics.js";
import { startFakeArm, SUBSCRIPTION, type FakeArm } from "./helpers/fake-arm.js";
import { siteMetrics, wave } from "./helpers/metrics.js";
import { FIXTURES } from "./helpers/paths.js";

const SITE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop`;
let arm: FakeArm;
const AUTO = { ioAuto: true, workerMemoryAuto: true };

beforeAll(() => {
  process.env.PATH = `${path.join(FIXTURES, "bin")}:${process.env.PATH}`;
});
beforeEach(async () => (arm = await startFakeArm()));
afterEach(() => arm.close());

function monitor() {
  const credential = createCredential({ clientId: "", tenantId: "", getIdToken: async () => "" });
  return new SiteMonitor(credential, SUBSCRIPTION, arm.url);
}

const span = {
  start: new Date("2026-11-20T00:00:00Z"),
  end: new Date("2026-11-21T00:00:00Z"),
  grain: grainFor(parseWindow("P1D")),
};

describe("SiteMonitor through the real SDK", () => {
  it("asks for the five site metrics per instance in one request, at a grain within limits", async () => {
    arm.metrics.set(
      SITE.toLowerCase(),
      siteMetrics({ cpuPerRequest: 0.01, serviceSeconds: 0.2, servers: 1, perMinute: [60, 0] }),
    );
    const series = await monitor().siteSeries(SITE, span);
    const [request] = arm.requests;
    expect(request).toMatchObject({
      method: "GET",
      path: `${SITE}/providers/Microsoft.Insights/metrics`,
      apiVersion: "2024-02-01",
    });
    const query = new URL(`https://x${arm.requestUrls[0]}`).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      timespan: "2026-11-20T00:00:00.000Z/2026-11-21T00:00:00.000Z",
      interval: "PT1M",
      metricnames: "CpuTime,Requests,HttpResponseTime,MemoryWorkingSet,Http5xx",
      aggregation: "Total,Average",
      $filter: "Instance eq '*'",
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

  it("reads configuration writes from the activity log", async () => {
    arm.activity.push(
      {
        operationName: { value: "Microsoft.Web/sites/config/write" },
        eventTimestamp: "2026-11-20T12:00:00Z",
        resourceId: SITE,
      },
      {
        operationName: { value: "Microsoft.Web/sites/restart/action" },
        eventTimestamp: "2026-11-20T12:01:00Z",
        resourceId: SITE,
      },
    );
    const writes = await monitor().configWrites(SITE, span);
    expect(writes).toEqual([new Date("2026-11-20T12:00:00Z")]);
    const filter = new URL(`https://x${arm.requestUrls[0]}`).searchParams.get("$filter");
    expect(filter).toBe(
      `eventTimestamp ge '2026-11-20T00:00:00.000Z' and eventTimestamp le '2026-11-21T00:00:00.000Z' and resourceUri eq '${SITE}'`,
    );
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
        current: {
          workers: 1,
          threads: 1,
          workerClass: "sync",
          timeout: 600,
          workerConnections: 1000,
          keepAlive: 2,
        },
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
    const observed = fromObservation(
      {
        series: await seriesOf(
          siteMetrics({
            cpuPerRequest: 0.01,
            serviceSeconds: 0.1,
            servers: 1,
            perMinute: wave(100, 0, 5),
          }),
        ),
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

  it("compares the periods before and after a configuration write", async () => {
    const before = siteMetrics({
      cpuPerRequest: 0.004,
      serviceSeconds: 0.1,
      servers: 1,
      perMinute: wave(120, 300, 500),
    });
    const after = siteMetrics({
      cpuPerRequest: 0.004,
      serviceSeconds: 0.1,
      servers: 20,
      perMinute: wave(120, 300, 500),
      start: new Date("2026-11-20T02:00:00Z"),
    });
    const both = { value: before.value.map((m, i) => merge(m, after.value[i])) };
    const observed = fromObservation(
      {
        series: await seriesOf(both),
        current: {
          workers: 4,
          threads: 5,
          workerClass: "gthread",
          timeout: 230,
          workerConnections: 1000,
          keepAlive: 2,
        },
        cores: 1,
        window: "P7D",
        configWrites: [new Date("2026-11-20T02:00:00Z")],
      },
      AUTO,
    );
    expect(observed.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^The site's configuration changed at 2026-11-20 02:00 UTC \(activity log\)\. Before → after: median response [\d.]+ m?s → 100 ms/,
      ),
    );
  });
});

/** The stand-in serves the body; the real adapter reads and parses it. */
async function seriesOf(body: { value: unknown[] }) {
  arm.metrics.set(SITE.toLowerCase(), body);
  return monitor().siteSeries(SITE, span);
}

/** One metric's series from two responses, back to back in time. */
function merge(a: unknown, b: unknown): unknown {
  type M = { timeseries: { data: unknown[] }[] };
  const [x, y] = [a as M, b as M];
  return {
    ...x,
    timeseries: x.timeseries.map((t, i) => ({ ...t, data: [...t.data, ...y.timeseries[i]!.data] })),
  };
}
