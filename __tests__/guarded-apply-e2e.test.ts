// mode: apply with the health guard, end to end through dist/index.js: the real SDK against the
// loopback ARM stand-in, and a loopback "site" that restarts after each configuration write and
// then answers as the scenario says for the command it runs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeArm, SUBSCRIPTION, type FakeArm } from "./helpers/fake-arm.js";
import { azureEnv } from "./helpers/azure-env.js";
import { startFakeSite, type FakeSite, type SiteScenario } from "./helpers/fake-site.js";
import { joined, siteMetrics, wave, type Truth } from "./helpers/metrics.js";
import { runAction } from "./helpers/run-action.js";

/** What the site ran before: a compound command, with spacing that must come back byte for byte. */
const PREVIOUS = "python manage.py migrate  &&  gunicorn --workers 1 --bind=0.0.0.0 app:app";

let arm: FakeArm;
let site: FakeSite | undefined;
beforeEach(async () => {
  arm = await startFakeArm();
  arm.addSite({ resourceGroup: "rg-web", name: "shop", appCommandLine: PREVIOUS });
});
afterEach(async () => {
  await site?.close();
  site = undefined;
  await arm.close();
});

const env = azureEnv;

/** The action's inputs for this site in mode apply, with the health check pointed at `site`. */
const inputs = (extra: Record<string, string> = {}) => ({
  plan: "B1",
  mode: "apply",
  "working-directory": "examples/flask-basic",
  "io-profile": "io-bound",
  "app-name": "shop",
  "resource-group-name": "rg-web",
  "arm-endpoint": arm.url,
  ...(site ? { "site-url": site.url } : {}),
  "health-timeout": "3",
  ...extra,
});

async function apply(scenario: SiteScenario) {
  site = await startFakeSite(arm, "rg-web/shop", scenario);
  return runAction(inputs(), env());
}

const configWrites = () => arm.writes().filter((w) => w.path.endsWith("/config/web"));
const healthy = () => 200;
const onlyThePrevious = (command: string) => (command === PREVIOUS ? 200 : 503);

describe("guarded apply", () => {
  it("a healthy change is kept: one write, the health path polled, the change recorded in our own tags", async () => {
    const run = await apply({ answer: healthy });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs.applied).toBe("true");
    expect(configWrites()).toHaveLength(1);
    expect(Object.keys(configWrites()[0]!.body as object)).toEqual(["properties"]);
    expect(Object.keys((configWrites()[0]!.body as { properties: object }).properties)).toEqual([
      "appCommandLine",
    ]);
    // The site's own health check path, /healthz, and only 200 counts there.
    expect(site!.seen.length).toBeGreaterThan(1);
    expect(new Set(site!.seen.map((s) => s.path))).toEqual(new Set(["/healthz"]));
    expect(run.summary).toMatch(
      /The site came back healthy: http:\/\/127\.0\.0\.1:\d+\/healthz answered [^\n]*503 ×\d+[^\n]* over [\d.]+ s after the write\./,
    );
    const tags = arm.siteTags("rg-web/shop");
    expect(tags).toMatchObject({
      environment: "production",
      "cost-center": "web-42",
      "gunicorn-tuner-previous-parts": "1",
      "gunicorn-tuner-previous-1": PREVIOUS,
    });
    expect(Date.parse(tags["gunicorn-tuner-changed-at"]!)).toBeGreaterThan(Date.now() - 60_000);
    // The tag write is the Tags API's Merge: nothing else of the site is sent.
    const tagWrites = arm
      .writes()
      .filter((w) => w.path.endsWith("/providers/Microsoft.Resources/tags/default"));
    expect(tagWrites).toHaveLength(1);
    const written = (tagWrites[0]!.body as { properties: { tags: Record<string, string> } })
      .properties.tags;
    expect(Object.keys(written).every((k) => k.startsWith("gunicorn-tuner-"))).toBe(true);
    expect(tagWrites[0]!.body).toEqual({
      operation: "Merge",
      properties: { tags: expect.not.objectContaining({ environment: expect.anything() }) },
    });
  });

  it("a change that does not come up is reverted byte for byte, and the step fails with what was seen", async () => {
    const run = await apply({ answer: onlyThePrevious });
    expect(run.code).not.toBe(0);
    const writes = configWrites();
    expect(writes).toHaveLength(2);
    expect(writes[1]!.body).toEqual({ properties: { appCommandLine: PREVIOUS } });
    expect(arm.configs.get("rg-web/shop")!.appCommandLine).toBe(PREVIOUS);
    expect(run.stdout).toMatch(
      /did not come back healthy within 3 s of the new startup command \(http:\/\/127\.0\.0\.1:\d+\/healthz answered .*503 ×\d+.* in [\d.]+ s\)\. The previous command is back \(.*migrate.*\) and the site answered healthy again after [\d.]+ s/,
    );
    // Nothing is recorded for a change that was undone.
    expect(arm.siteTags("rg-web/shop")["gunicorn-tuner-changed-at"]).toBeUndefined();
  });

  it("reads the container log from Kudu when the change does not come up", async () => {
    const soon = new Date(Date.now() + 30_000).toISOString();
    arm.dockerLogs.push({
      name: "2026_11_29_lw1sdlwk000000_default_docker.log",
      lastUpdated: soon,
      text: [
        `${soon} [2026-01-01 00:00:00 +0000] [1] [INFO] Starting gunicorn 26.2.0`,
        `${soon} [2026-01-01 00:00:00 +0000] [1] [ERROR] Worker (pid:9) was sent SIGKILL! Perhaps out of memory?`,
        `${soon} [2026-01-01 00:00:00 +0000] [1] [ERROR] Worker (pid:10) was sent SIGKILL! Perhaps out of memory?`,
      ].join("\n"),
    });
    const run = await apply({ answer: onlyThePrevious });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(
      "the container log shows 2 workers killed with SIGKILL (out of memory?)",
    );
  });

  it("says so when the site stays down after the revert too", async () => {
    // Healthy until the first write; after it, whatever runs, the site answers 502.
    let writes = 0;
    arm.onConfigWrite(() => writes++);
    const run = await apply({ answer: () => (writes === 0 ? 200 : 502) });
    expect(run.code).not.toBe(0);
    expect(configWrites()).toHaveLength(2);
    expect(arm.configs.get("rg-web/shop")!.appCommandLine).toBe(PREVIOUS);
    expect(run.stdout).toMatch(
      /The previous command is back .* and the site still did not answer healthy \(.*502 ×\d+/,
    );
  });

  it("a revert that fails is said first and loudest, with the command to paste", async () => {
    let first = true;
    arm.onConfigWrite(() => {
      if (first) arm.failNext(/^PATCH .*\/config\/web$/, 409, 5);
      first = false;
    });
    const run = await apply({ answer: onlyThePrevious });
    expect(run.code).not.toBe(0);
    const error = run.stdout.split("\n").find((l) => l.startsWith("::error::"))!;
    expect(error).toMatch(
      /^::error::THE SITE MAY BE DOWN, AND ITS PREVIOUS STARTUP COMMAND COULD NOT BE PUT BACK\./,
    );
    expect(error).toContain(
      "python manage.py migrate  &&  gunicorn --workers 1 --bind=0.0.0.0 app:app",
    );
  });

  it("a site the runner cannot reach healthy before the change is not judged by it: written, with a warning", async () => {
    // Access restrictions answer 403 on the health path whatever runs.
    const run = await apply({ answer: () => 403 });
    expect(run.code).toBe(0);
    expect(configWrites()).toHaveLength(1);
    expect(run.summary).toMatch(
      /The health check after the write was skipped: before the change http:\/\/127\.0\.0\.1:\d+\/healthz answered 403 ×\d+/,
    );
    expect(arm.siteTags("rg-web/shop")["gunicorn-tuner-changed-at"]).toBeUndefined();
  });

  it("health-timeout 0 writes and does not wait", async () => {
    site = await startFakeSite(arm, "rg-web/shop", { answer: () => 503 });
    const run = await runAction(inputs({ "health-timeout": "0" }), env());
    expect(run.code).toBe(0);
    expect(site.seen).toEqual([]);
    expect(configWrites()).toHaveLength(1);
  });

  it.each([
    ["site-url", "http://shop.example.com", /site-url/],
    ["site-url", "https://shop.azurewebsites.net/path", /site-url/],
    ["health-path", "healthz", /health-path/],
    ["health-timeout", "-5", /health-timeout/],
  ])("rejects %s %s before anything is written", async (name, value, message) => {
    const run = await runAction(inputs({ [name]: value }), env());
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(message);
    expect(arm.writes()).toEqual([]);
  });
});

describe("rollback-on-regression: a later run judges the last recorded change", () => {
  const SITE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop`;
  const HOUR = 3_600_000;
  const minute = (t: number) => Math.floor(t / 60_000) * 60_000;

  /** The change this action made and recorded, 16 hours ago; then the site's metrics around it. */
  async function changedEarlier(after: Partial<Truth>) {
    const first = await apply({ answer: healthy });
    expect(first.code).toBe(0);
    const applied = String(arm.configs.get("rg-web/shop")!.appCommandLine);
    const changedAt = minute(Date.now() - 16 * HOUR);
    arm.setSiteTags("rg-web/shop", {
      "gunicorn-tuner-changed-at": new Date(changedAt).toISOString(),
    });
    const base = { cpuPerRequest: 0.005, serviceSeconds: 0.15, workingSetMb: 300 };
    const before = siteMetrics({
      ...base,
      servers: 20,
      perMinute: wave(16 * 60, 200, 600),
      start: new Date(changedAt - 16 * HOUR),
    });
    const later = siteMetrics({
      ...base,
      servers: 20,
      perMinute: wave(16 * 60, 200, 600),
      start: new Date(changedAt),
      ...after,
    });
    arm.metrics.set(SITE.toLowerCase(), joined(before, later));
    arm.requests.length = 0;
    return applied;
  }

  const judgeRun = (mode: string) =>
    runAction(inputs({ mode, "rollback-on-regression": "true" }), env());

  it("undoes a change that made p95 and 5xx worse, records it, and does not apply it again", async () => {
    const applied = await changedEarlier({ servers: 2, errorShare: 0.03 });
    const run = await judgeRun("apply");
    expect(run.code).toBe(0);
    expect(arm.configs.get("rg-web/shop")!.appCommandLine).toBe(PREVIOUS);
    const writes = configWrites();
    expect(writes).toEqual([
      expect.objectContaining({ body: { properties: { appCommandLine: PREVIOUS } } }),
    ]);
    expect(arm.siteTags("rg-web/shop")).toMatchObject({
      "gunicorn-tuner-undone-1": applied,
      environment: "production",
    });
    expect(run.summary).toMatch(
      /made the site worse at comparable load: p95 response [\d.]+× as long/,
    );
    expect(run.summary).toContain("| p95 response |");
    expect(run.summary).toContain("not applied: a run undid this command before");
    // The next run judges nothing new and holds the undone command back.
    arm.requests.length = 0;
    const next = await judgeRun("apply");
    expect(next.code).toBe(0);
    expect(configWrites()).toEqual([]);
  });

  it("counts workers killed since the change in the container log: the same response times, still worse", async () => {
    const applied = await changedEarlier({});
    const changedAt = arm.siteTags("rg-web/shop")["gunicorn-tuner-changed-at"]!;
    const later = new Date(Date.parse(changedAt) + 3 * HOUR).toISOString();
    arm.dockerLogs.push({
      name: "2026_11_29_lw1sdlwk000000_default_docker.log",
      lastUpdated: later,
      text: `${later} [2026-11-29 03:00:00 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:12)\n`,
    });
    const run = await judgeRun("apply");
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/the container log shows 1 WORKER TIMEOUT since the change/);
    expect(arm.configs.get("rg-web/shop")!.appCommandLine).toBe(PREVIOUS);
    expect(arm.siteTags("rg-web/shop")["gunicorn-tuner-undone-1"]).toBe(applied);
  });

  it("keeps a change that made the site faster, and says by how much", async () => {
    await changedEarlier({});
    // Before the change the site queued behind 2 workers; after it, not.
    const base = { cpuPerRequest: 0.005, serviceSeconds: 0.15, workingSetMb: 300 };
    const changedAt = Date.parse(arm.siteTags("rg-web/shop")["gunicorn-tuner-changed-at"]!);
    arm.metrics.set(
      SITE.toLowerCase(),
      joined(
        siteMetrics({
          ...base,
          servers: 3,
          perMinute: wave(16 * 60, 200, 600),
          start: new Date(changedAt - 16 * HOUR),
        }),
        siteMetrics({
          ...base,
          servers: 20,
          perMinute: wave(16 * 60, 200, 600),
          start: new Date(changedAt),
        }),
      ),
    );
    const run = await judgeRun("apply");
    expect(run.code).toBe(0);
    expect(configWrites()).toEqual([]);
    expect(run.summary).toMatch(
      /made the site faster at comparable load: p95 [\d.]+ m?s → [\d.]+ m?s \\?\(0\.\d+×\\?\)\. It stays\./,
    );
  });

  it("in other modes it reports a worse change and writes nothing", async () => {
    await changedEarlier({ servers: 2 });
    const run = await judgeRun("output");
    expect(run.code).toBe(0);
    expect(arm.writes()).toEqual([]);
    expect(run.summary).toMatch(
      /made the site worse .*Set rollback-on-regression: true with mode apply/,
    );
  });

  it("waits when too little has happened since the change", async () => {
    await changedEarlier({ perMinute: wave(20, 200, 600) });
    const run = await judgeRun("apply");
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(
      /cannot be judged yet: \d+ busy intervals at comparable load on each side, 30 needed/,
    );
  });
});
