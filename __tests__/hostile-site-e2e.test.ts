// Hostile site commands and Monitor answers through dist/index.js, the real SDK and the
// loopback ARM (issue 22): metrics never fail the step, and apply writes only what bash parses.
import { spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeArm, SUBSCRIPTION, type FakeArm } from "./helpers/fake-arm.js";
import { azureEnv, hoursAgo } from "./helpers/azure-env.js";
import { siteMetrics, wave } from "./helpers/metrics.js";
import { annotations, runAction } from "./helpers/run-action.js";

const SITE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop`;
let arm: FakeArm;
beforeEach(async () => {
  arm = await startFakeArm();
  arm.addSite({
    resourceGroup: "rg-web",
    name: "shop",
    appCommandLine: "",
    plan: { resourceGroup: "rg-plans", name: "plan-b2", sku: "B2", capacity: 1, sites: 1 },
  });
});
afterEach(() => arm.close());

const env = azureEnv;
const inputs = (extra: Record<string, string> = {}) => ({
  plan: "auto",
  mode: "apply",
  "working-directory": "examples/flask-basic",
  "io-profile": "auto",
  "app-name": "shop",
  "resource-group-name": "rg-web",
  "arm-endpoint": arm.url,
  "health-timeout": "0",
  "metrics-window": "P1D",
  ...extra,
});
const bashParses = (text: string) => spawnSync("bash", ["-n", "-c", text]).status === 0;
const busySite = (workingSetMb = 110) =>
  siteMetrics({
    cpuPerRequest: 0.005,
    serviceSeconds: 0.15,
    servers: 1,
    perMinute: wave(240, 200, 370),
    workingSetMb,
    start: hoursAgo(4),
  });

describe("a site command that computes its sizes", () => {
  it("falls back to the presets with a notice, and writes the expansion away whole", async () => {
    const site = "gunicorn --workers $(( 2 * $(nproc) + 1 )) --threads ${THREADS:- 4} app:app";
    arm.configs.get("rg-web/shop")!.appCommandLine = site;
    arm.metrics.set(SITE.toLowerCase(), busySite());
    const run = await runAction(inputs(), env());
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ measured: "false", applied: "true" });
    expect(annotations(run.stdout)).toContainEqual(
      expect.objectContaining({
        level: "notice",
        message: expect.stringContaining(
          "the site's current workers and threads could not be read (its startup command computes `--workers $(( 2 * $(nproc) + 1 ))`, `--threads ${THREADS:- 4}` only when it starts)",
        ),
      }),
    );
    const written = arm.configs.get("rg-web/shop")!.appCommandLine as string;
    expect(written).toMatch(
      /^gunicorn --workers \d+ --threads \d+ --worker-class gthread .*app:app$/,
    );
    expect(written).not.toMatch(/\$|\}/);
    expect(bashParses(written)).toBe(true);
  });

  it("refuses a here-document, and writes nothing", async () => {
    arm.configs.get("rg-web/shop")!.appCommandLine =
      "cat <<EOF > run.sh\ngunicorn -w 2 app:app\nEOF\nbash run.sh";
    const run = await runAction(inputs({ "io-profile": "mixed" }), env());
    expect(run.code).toBe(1);
    expect(arm.writes()).toEqual([]);
    expect(run.stdout).toContain("runs no gunicorn step that gunicorn-tuner could retune");
  });
});

describe("Monitor answers no metric can give", () => {
  it("reads values sent as strings, NaN or 1e999 as missing, and the step passes", async () => {
    const stamp = (i: number) => new Date(hoursAgo(4).getTime() + i * 60_000).toISOString();
    const series = (name: string, values: unknown[]) => ({
      id: `${SITE}/providers/Microsoft.Insights/metrics/${name}`,
      type: "Microsoft.Insights/metrics",
      name: { value: name, localizedValue: name },
      unit: "Count",
      timeseries: [
        {
          metadatavalues: [
            { name: { value: "instance", localizedValue: "instance" }, value: "lw0" },
          ],
          data: values.map((v, i) => ({ timeStamp: stamp(i), total: v, average: v })),
        },
      ],
      errorCode: "Success",
    });
    const odd = ["12.5", "NaN", null, -1, "1e999"];
    const body = `{"cost":0,"timespan":"x","interval":"PT1M","value":[${[
      "CpuTime",
      "Requests",
      "HttpResponseTime",
      "MemoryWorkingSet",
      "Http5xx",
    ]
      .map((m) =>
        JSON.stringify(
          series(
            m,
            Array.from({ length: 240 }, (_, i) => odd[i % odd.length]),
          ),
        ),
      )
      .join(",")}],"namespace":"Microsoft.Web/sites","resourceregion":"westeurope"}`.replace(
      /"1e999"/g,
      "1e999",
    );
    arm.failNextWith(/^GET .*Microsoft\.Insights\/metrics/, 200, body);
    const run = await runAction(inputs({ mode: "output" }), env());
    expect(run.code).toBe(0);
    expect(run.outputs.measured).toBe("false");
    expect(run.outputs["startup-command"]).toMatch(/^gunicorn --workers \d+/);
  });

  it("sets aside a working set no plan has, with a warning", async () => {
    arm.metrics.set(SITE.toLowerCase(), busySite(1e15 / 1048576));
    const run = await runAction(inputs({ mode: "output" }), env());
    expect(run.stdout.split("\n").filter((l) => l.startsWith("::error"))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ measured: "true", "worker-memory-mb": "150" });
    expect(annotations(run.stdout)).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /more than the plan's 3584 MB per instance, so it was not used/,
        ),
      }),
    );
  });
});
