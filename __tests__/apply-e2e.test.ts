// mode: apply and plan: auto end to end: dist/index.js against the loopback HTTPS ARM, signed in
// through the stand-in Azure CLI, as a workflow after azure/login would run it.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeArm, SUBSCRIPTION, type FakeArm } from "./helpers/fake-arm.js";
import { azureEnv, hoursAgo } from "./helpers/azure-env.js";
import { FIXTURES, ROOT } from "./helpers/paths.js";
import { planCpu, siteMetrics, wave } from "./helpers/metrics.js";
import { annotations, runAction } from "./helpers/run-action.js";

let arm: FakeArm;
beforeEach(async () => {
  arm = await startFakeArm();
  arm.addSite({
    resourceGroup: "rg-web",
    name: "shop",
    appCommandLine: "",
    plan: { resourceGroup: "rg-plans", name: "plan-p1v3", sku: "P1v3", capacity: 2, sites: 1 },
  });
});
afterEach(() => arm.close());

const env = azureEnv;
const inputs = (extra: Record<string, string> = {}) => ({
  plan: "auto",
  mode: "apply",
  "working-directory": "examples/flask-basic",
  "io-profile": "io-bound",
  "app-name": "shop",
  "resource-group-name": "rg-web",
  "arm-endpoint": arm.url,
  // The health guard after a write has its own tests (guarded-apply-e2e); here no site answers.
  "health-timeout": "0",
  ...extra,
});

describe("dist/index.js in apply mode", () => {
  it("reads the plan, applies the command once, and reports before → after", async () => {
    const first = await runAction(inputs(), env());
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const expected =
      "gunicorn --workers 11 --threads 8 --worker-class gthread --worker-connections 8 --keep-alive 0 --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app";
    expect(first.outputs).toMatchObject({
      "startup-command": expected,
      applied: "true",
      "previous-startup-command": "",
    });
    expect(arm.configs.get("rg-web/shop")!.appCommandLine).toBe(expected);
    expect(arm.writes()).toEqual([
      expect.objectContaining({
        method: "PATCH",
        body: { properties: { appCommandLine: expected } },
      }),
    ]);
    expect(first.summary).toContain("Plan `P1v3`: 2 vCPU, 8192 MB per instance");
    expect(first.summary).toContain(
      "**Startup command on web app shop in resource group rg-web**: applied",
    );
    expect(first.summary).toContain(
      `\`\`\`diff\n- (empty: App Service detects the app and runs 1 sync worker)\n+ ${expected}\n\`\`\``,
    );
    expect(first.summary).toContain("| | now (App Service default) | recommended |");
    expect(annotations(first.stdout)).toContainEqual(
      expect.objectContaining({
        level: "notice",
        message: expect.stringContaining("plan: auto read P1v3 from plan plan-p1v3 (2 instances"),
      }),
    );

    const second = await runAction(inputs(), env());
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({
      applied: "false",
      "previous-startup-command": expected,
    });
    expect(second.summary).toContain("already set: nothing was written");
    expect(arm.writes()).toHaveLength(1);

    // The same settings spelled differently (order, --flag=value) are the same command.
    arm.configs.get("rg-web/shop")!.appCommandLine =
      "gunicorn --access-logfile=- --timeout=230 --keep-alive=0 --bind 0.0.0.0:8000 --worker-connections=8 --worker-class=gthread --threads=8 --workers=11 app:app";
    const third = await runAction(inputs(), env());
    expect(third.code).toBe(0);
    expect(third.outputs.applied).toBe("false");
    expect(arm.writes()).toHaveLength(1);
  });

  it("writes nothing on a dry run and says what it would write", async () => {
    const run = await runAction(inputs({ "dry-run": "true" }), env());
    expect(run.code).toBe(0);
    expect(run.outputs.applied).toBe("false");
    expect(run.stdout).toContain(
      "dry-run: would set the startup command of web app shop in resource group rg-web (now: none) to:",
    );
    expect(arm.writes()).toEqual([]);
  });

  it("does not apply when the layout check finds errors", async () => {
    const dir = path.relative(ROOT, path.join(FIXTURES, "no-requirements"));
    const run = await runAction(inputs({ "working-directory": dir }), env());
    expect(run.code).toBe(1);
    expect(run.summary).toContain("not applied: the layout check found errors");
    expect(arm.writes()).toEqual([]);
  });

  it("touches nothing in Azure when inputs are invalid", async () => {
    const run = await runAction(inputs({ port: "http" }), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::port: "http" is not valid; use a whole number from 1 to 65535',
    );
    expect(arm.requests).toEqual([]);
  });

  it("fails with the role named when Azure answers 403", async () => {
    arm.failNext(/^PATCH /, 403);
    const run = await runAction(inputs(), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Azure refused to update the startup command of web app shop.*Website Contributor/,
    );
    // The recommendation was computed before the call failed: outputs and summary carry it.
    expect(run.outputs["startup-command"]).toMatch(/^gunicorn --workers 11 /);
    expect(run.summary).toContain(
      "> [!WARNING]\n> The site could not be read or updated: Azure refused",
    );
    expect(run.summary).toContain("```sh\ngunicorn --workers 11");
  });

  it("never replaces a startup script: no write, and the error names the steps and the line", async () => {
    arm.configs.get("rg-web/shop")!.appCommandLine = "startup.sh";
    const dir = path.relative(ROOT, path.join(FIXTURES, "apps", "flask-startup-script"));
    const run = await runAction(inputs({ "working-directory": dir }), env());
    expect(run.code).toBe(1);
    expect(arm.writes()).toEqual([]);
    expect(run.stdout).toMatch(
      /::error::web app shop in resource group rg-web: The site starts through startup.sh, and a bare gunicorn command in its place would lose `set -e`, `python seed.py`\. Nothing was written\. Change line 5 of startup.sh from `exec gunicorn --bind=0.0.0.0:8000 --workers 1 --log-level info app:app` to `exec gunicorn --workers 11 --threads 8 --worker-class gthread --worker-connections 8 --keep-alive 0 --timeout 230 --bind=0.0.0.0:8000 --log-level info app:app`/,
    );
    // The summary shows the same change as a ready-to-paste block for the file.
    expect(run.summary).toContain(
      "**Change in `startup.sh`**, line 5:\n\n```diff\n- exec gunicorn --bind=0.0.0.0:8000 --workers 1 --log-level info app:app\n+ exec gunicorn --workers 11",
    );
  });

  it("rewrites only the gunicorn step of a compound command, in one PATCH of appCommandLine", async () => {
    arm.configs.get("rg-web/shop")!.appCommandLine =
      "python manage.py migrate && pip install -e . && gunicorn --bind=0.0.0.0 --timeout 600 app:app";
    const run = await runAction(inputs(), env());
    expect(run.code).toBe(0);
    const expected =
      "python manage.py migrate && pip install -e . && gunicorn --workers 11 --threads 8 --worker-class gthread --worker-connections 8 --keep-alive 0 --timeout 230 --bind=0.0.0.0 app:app";
    expect(arm.writes()).toEqual([
      expect.objectContaining({
        method: "PATCH",
        body: { properties: { appCommandLine: expected } },
      }),
    ]);
    expect(run.outputs["previous-startup-command"]).toBe(
      "python manage.py migrate && pip install -e . && gunicorn --bind=0.0.0.0 --timeout 600 app:app",
    );
    expect(run.summary).toContain(`+ ${expected}`);
  });

  it("reads the app settings gunicorn uses and never prints any setting's value", async () => {
    arm.appSettings.get("rg-web/shop")!.GUNICORN_CMD_ARGS = "--threads 8 --log-level debug";
    arm.appSettings.get("rg-web/shop")!.API_TOKEN = "tok-very-secret-123";
    const run = await runAction(inputs({ mode: "output" }), env());
    expect(run.code).toBe(0);
    expect(
      arm.requests.filter((r) => r.path.endsWith("/config/appsettings/list")).length,
    ).toBeGreaterThan(0);
    for (const secret of ["s3cr3t-db-password", "tok-very-secret-123", "--log-level debug"]) {
      expect(run.stdout).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
    }
    expect(run.summary).toContain("The app setting `GUNICORN_CMD_ARGS` sets threads");
  });

  it("io-profile auto measures the live site: outputs, the basis and the diagnosis", async () => {
    const site = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop`;
    // An I/O-bound app (5 ms CPU, 150 ms service) queueing behind the platform's 1 sync worker,
    // over the last 4 hours, as the action asks for a window that ends now.
    arm.metrics.set(
      site.toLowerCase(),
      siteMetrics({
        cpuPerRequest: 0.005,
        serviceSeconds: 0.15,
        servers: 1,
        perMinute: wave(240, 200, 370),
        workingSetMb: 110,
        start: hoursAgo(4),
      }),
    );
    const run = await runAction(
      inputs({ mode: "output", "io-profile": "auto", "metrics-window": "P1D" }),
      env(),
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ measured: "true", "worker-memory-mb": "80" });
    expect(Number(run.outputs["io-wait-ratio"])).toBeGreaterThan(0.9);
    expect(Number(run.outputs["peak-requests-per-second"])).toBeCloseTo(370 / 60, 1);
    const metricsQuery = arm.requestUrls.find(
      (u) => u.includes("/providers/Microsoft.Insights/metrics") && u.includes("sites/shop"),
    )!;
    expect(new URL(`https://x${metricsQuery}`).searchParams.get("interval")).toBe("PT1M");
    expect(run.summary).toMatch(
      /Measured from the site's metrics over P1D: \d+ busy 1-minute intervals on 1 instance/,
    );
    expect(run.summary).toMatch(
      /CPU averaged \d+ % while responses took [\d.]+ m?s on average with 1 sync worker × 1 thread: requests are waiting for a free worker, not for CPU\./,
    );
    expect(run.summary).toMatch(/At peak, [\d.]+ requests\/s × \d+ ms service time/);
    expect(run.summary).toMatch(
      /service time 1[45]\d ms with the queueing under the current 1 sync worker × 1 thread taken out \\?\(fitted to how response time grows with load: variability factor (0\.9\d|1\.[01]\d), about as random as M\/M\/c\\?\)/,
    );
    expect(run.summary).toMatch(
      /\*\*workers\*\* `11`: 2 vCPU and 9\d% of each request spent waiting \\\(measured from the site's metrics\\\)/,
    );
  });

  it("holds a measured peak of long waits in flight: more slots than the wait share alone asks", async () => {
    const site = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop`;
    // A model-calling app: 3 ms of CPU, 1.5 s per request, up to 600 requests/s on the instance
    // (900 in flight, 1.8 of its 2 cores), served now by 4 × 256 threads.
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shop",
      appCommandLine: "gunicorn --workers 4 --threads 256 --worker-class gthread app:app",
      plan: { resourceGroup: "rg-plans", name: "plan-p1v3", sku: "P1v3", capacity: 2, sites: 1 },
    });
    arm.metrics.set(
      site.toLowerCase(),
      siteMetrics({
        cpuPerRequest: 0.003,
        serviceSeconds: 1.5,
        servers: 1024,
        perMinute: wave(240, 12000, 36000),
        workingSetMb: 600,
        start: hoursAgo(4),
      }),
    );
    const shareOnly = await runAction(
      inputs({ mode: "output", "io-profile": "auto", "metrics-window": "P1D" }),
      env(),
    );
    expect(shareOnly.code).toBe(0);
    const slots = (out: Record<string, string>) => Number(out.workers) * Number(out.threads);
    const ratio = shareOnly.outputs["io-wait-ratio"]!;
    const byRatio = await runAction(
      inputs({
        mode: "output",
        "io-wait-ratio": ratio,
        "worker-memory-mb": shareOnly.outputs["worker-memory-mb"]!,
      }),
      env(),
    );
    // The same share given by hand sizes for the share alone; measured, the peak asks for more.
    expect(slots(shareOnly.outputs)).toBeGreaterThan(slots(byRatio.outputs));
    expect(slots(shareOnly.outputs)).toBeGreaterThanOrEqual(900);
    expect(shareOnly.summary).toMatch(
      /enough for the measured peak's \d+ in flight with room for its bursts/,
    );
  });

  it("asks for every instance the plan can have, and takes the plan's CPU for a Linux site without CpuTime", async () => {
    const site = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/solo`;
    const plan = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-plans/providers/Microsoft.Web/serverfarms/plan-solo`;
    arm.addSite({
      resourceGroup: "rg-web",
      name: "solo",
      appCommandLine: "",
      plan: {
        resourceGroup: "rg-plans",
        name: "plan-solo",
        sku: "P1v3",
        capacity: 12,
        sites: 1,
        maxWorkers: 30,
      },
    });
    const truth = {
      cpuPerRequest: 0.005,
      serviceSeconds: 0.15,
      servers: 1,
      perMinute: wave(240, 100, 370),
      instances: 12,
      noCpuTime: true,
      start: hoursAgo(4),
    };
    arm.metrics.set(site.toLowerCase(), siteMetrics(truth));
    arm.metrics.set(plan.toLowerCase(), [planCpu(truth, 2)]);
    const run = await runAction(
      inputs({ mode: "output", "io-profile": "auto", "metrics-window": "P1D", "app-name": "solo" }),
      env(),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.measured).toBe("true");
    expect(Number(run.outputs["io-wait-ratio"])).toBeCloseTo(0.97, 1);
    const queries = arm.requestUrls
      .filter((u) => u.includes("Microsoft.Insights/metrics"))
      .map((u) => Object.fromEntries(new URL(`https://x${u}`).searchParams));
    expect(queries.filter((q) => q.$filter === "Instance eq '*'").map((q) => q.top)).toEqual([
      "30",
      "30",
    ]);
    expect(run.summary).toMatch(/busy 1-minute intervals on 12 instances/);
    expect(run.summary).toContain("from the plan's CpuPercentage per instance");
  });

  it("without CpuTime on a shared plan: the presets, with a notice naming the missing metric", async () => {
    const site = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shared`;
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shared",
      appCommandLine: "",
      plan: { resourceGroup: "rg-plans", name: "plan-shared", sku: "P1v3", capacity: 1, sites: 3 },
    });
    arm.metrics.set(
      site.toLowerCase(),
      siteMetrics({
        cpuPerRequest: 0.005,
        serviceSeconds: 0.15,
        servers: 1,
        perMinute: wave(240, 100, 370),
        noCpuTime: true,
        start: hoursAgo(4),
      }),
    );
    const run = await runAction(
      inputs({
        mode: "output",
        "io-profile": "auto",
        "metrics-window": "P1D",
        "app-name": "shared",
        "apps-on-plan": "3",
      }),
      env(),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.measured).toBe("false");
    expect(annotations(run.stdout)).toContainEqual(
      expect.objectContaining({
        level: "notice",
        message: expect.stringContaining(
          "Azure Monitor gave no CPU time for the site (CpuTime had no data)",
        ),
      }),
    );
  });

  it("degrades to the presets with a warning when the metrics cannot be read, and never fails for it", async () => {
    arm.failNext(/^GET .*Microsoft\.Insights\/metrics/, 403);
    const run = await runAction(inputs({ mode: "output", "io-profile": "auto" }), env());
    expect(run.code).toBe(0);
    expect(run.outputs.measured).toBe("false");
    expect(annotations(run.stdout)).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /^io-profile and worker-memory-mb auto: the site's metrics could not be read .*Reader or Monitoring Reader/,
        ),
      }),
    );
  });
});
