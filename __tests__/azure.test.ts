// The Azure adapter and the apply flow through the real @azure/arm-appservice client and
// @azure/identity's CLI credential (a stand-in `az` on PATH) against a loopback HTTPS ARM.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppService } from "../src/azure/app-service.js";
import { createCredential, resolveSubscription } from "../src/azure/credential.js";
import { DEFAULT_LIMITS, type CallLimits } from "../src/azure/limits.js";
import { parseCommand } from "../src/core/command/command.js";
import { syncStartupCommand, type SyncRequest } from "../src/azure/sync.js";
import { startFakeArm, SUBSCRIPTION, type FakeArm } from "./helpers/fake-arm.js";
import { FIXTURES } from "./helpers/paths.js";

const COMMAND =
  "gunicorn --workers 2 --threads 2 --worker-class gthread --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app";
const apply: SyncRequest = {
  command: COMMAND,
  config: parseCommand(COMMAND),
  cores: 1,
  files: new Map(),
  apply: true,
  dryRun: false,
  blocked: false,
};
/** The same site command with only the sized flags changed, as apply writes it. */
const RETUNED =
  "gunicorn --workers 2 --threads 2 --worker-class gthread --timeout 230 --bind=0.0.0.0 app:app";
let arm: FakeArm;
let azLog: string;

beforeAll(() => {
  process.env.PATH = `${path.join(FIXTURES, "bin")}:${process.env.PATH}`;
});
beforeEach(async () => {
  arm = await startFakeArm();
  azLog = path.join(mkdtempSync(path.join(tmpdir(), "gt-az-")), "az.log");
  process.env.FAKE_AZ_LOG = azLog;
  delete process.env.FAKE_AZ_LOGGED_OUT;
});
afterEach(() => arm.close());

function service(name = "shop", slot = "", limits?: CallLimits) {
  const credential = createCredential({ clientId: "", tenantId: "", getIdToken: async () => "" });
  return new AppService(
    credential,
    { subscriptionId: SUBSCRIPTION, resourceGroup: "rg-web", name, slot },
    arm.url,
    limits,
  );
}

describe("apply through the real SDK", () => {
  it("PATCHes appCommandLine alone and leaves every other setting as it was", async () => {
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shop",
      appCommandLine: "gunicorn --bind=0.0.0.0 --timeout 600 app:app",
    });
    const before = structuredClone(arm.configs.get("rg-web/shop"));
    const state = await syncStartupCommand(service(), apply);
    expect(state).toMatchObject({
      site: "web app shop in resource group rg-web",
      previous: "gunicorn --bind=0.0.0.0 --timeout 600 app:app",
      desired: RETUNED,
      current: { workers: 1, threads: 1, workerClass: "sync", timeout: 600 },
      outcome: "applied",
    });
    expect(arm.writes()).toEqual([
      {
        method: "PATCH",
        path: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Web/sites/shop/config/web`,
        apiVersion: "2025-05-01",
        body: { properties: { appCommandLine: RETUNED } },
        auth: "Bearer fake-arm-token",
      },
    ]);
    expect(arm.configs.get("rg-web/shop")).toEqual({ ...before, appCommandLine: RETUNED });
    expect(readFileSync(azLog, "utf8")).toContain(
      `account get-access-token --output json --resource ${arm.url}`,
    );
  });

  it("writes nothing when the command is already set (a write restarts the app)", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop", appCommandLine: COMMAND });
    expect((await syncStartupCommand(service(), apply)).outcome).toBe("unchanged");
    expect(arm.writes()).toEqual([]);
  });

  it("uses the slot's paths when slot-name is set", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop", slot: "staging" });
    const state = await syncStartupCommand(service("shop", "staging"), apply);
    expect(state).toMatchObject({
      site: "web app shop (slot staging) in resource group rg-web",
      previous: undefined,
      outcome: "applied",
    });
    expect(arm.requests.map((r) => `${r.method} ${r.path.split("/providers/")[1]}`)).toEqual([
      "GET Microsoft.Web/sites/shop/slots/staging/config/web",
      "POST Microsoft.Web/sites/shop/slots/staging/config/appsettings/list",
      "PATCH Microsoft.Web/sites/shop/slots/staging/config/web",
      "GET Microsoft.Web/sites/shop/slots/staging/config/web",
    ]);
  });

  it("does everything but the write on a dry run, and nothing when the layout is broken", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    expect((await syncStartupCommand(service(), { ...apply, dryRun: true })).outcome).toBe(
      "dry-run",
    );
    expect((await syncStartupCommand(service(), { ...apply, blocked: true })).outcome).toBe(
      "blocked",
    );
    expect((await syncStartupCommand(service(), { ...apply, apply: false })).outcome).toBe("read");
    expect(arm.writes()).toEqual([]);
    expect(arm.requests.filter((r) => r.method === "GET")).toHaveLength(3);
    expect(arm.requests.filter((r) => r.path.endsWith("/appsettings/list"))).toHaveLength(3);
  });

  it("retries a 429 (Retry-After) and a 503 through the SDK pipeline, then succeeds", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    arm.failNext(/^GET .*config\/web$/, 429, 1, { "retry-after": "1" });
    arm.failNext(/^PATCH /, 503, 1);
    expect((await syncStartupCommand(service(), apply)).outcome).toBe("applied");
    expect(arm.requests.map((r) => r.method)).toEqual([
      "GET",
      "GET",
      "POST",
      "PATCH",
      "PATCH",
      "GET",
    ]);
    expect(arm.configs.get("rg-web/shop")!.appCommandLine).toBe(COMMAND);
  });

  it("writes nothing when the site's command means the same, spelled differently", async () => {
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shop",
      appCommandLine:
        "gunicorn --access-logfile=- --bind 0.0.0.0:8000 --threads=2 --workers=2 --timeout 230 app:app",
    });
    expect((await syncStartupCommand(service(), apply)).outcome).toBe("unchanged");
    expect(arm.writes()).toEqual([]);
  });

  it("fails, rather than reporting success, when the site does not keep the written value", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop", appCommandLine: "gunicorn app:app" });
    arm.dropWrites = true;
    await expect(syncStartupCommand(service(), apply)).rejects.toThrow(
      /accepted the new startup command but did not keep it: it still reads "gunicorn app:app"/,
    );
  });

  it("gives up on a server that never answers, within the request timeout", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    for (let i = 0; i < 5; i++) arm.hangNext(/^GET .*config\/web$/);
    const limits = { ...DEFAULT_LIMITS, requestTimeoutMs: 300, maxRetries: 1 };
    // A hung server would hold this test until vitest's timeout; the limits end it first.
    const error = await syncStartupCommand(service("shop", "", limits), apply).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(
      /Azure did not answer in time when asked to read the configuration of web app shop/,
    );
    expect(arm.writes()).toEqual([]);
  });

  it("stops when the whole budget is spent", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    arm.hangNext(/^GET .*config\/web$/);
    const limits = { ...DEFAULT_LIMITS, budgetMs: 400 };
    const error = await syncStartupCommand(service("shop", "", limits), apply).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(/did not answer in time/);
  });

  it("does not sleep through a Retry-After longer than it waits, and says so", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    arm.failNext(/^GET .*config\/web$/, 429, 1, { "retry-after": "3600" });
    const error = await syncStartupCommand(service(), apply).catch((e: Error) => e);
    expect(String(error)).toMatch(
      /asked to wait 3600 s before trying again \(Retry-After\), longer than the 60 s this step waits/,
    );
    expect(arm.requests).toHaveLength(1);
  });

  it("reports a site command with newlines and :: on one line, never as workflow commands", async () => {
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shop",
      appCommandLine: "gunicorn app:app\n::warning title=X::X\n::stop-commands::x",
    });
    arm.dropWrites = true;
    const error = await syncStartupCommand(service(), apply).catch((e: Error) => e);
    expect(String(error)).not.toMatch(/\n/);
    expect(String(error)).not.toContain("::");
  });

  it("fails at once on 403, naming the resource and the role", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    arm.failNext(/^PATCH /, 403);
    await expect(syncStartupCommand(service(), apply)).rejects.toThrow(
      /Azure refused to update the startup command of web app shop in resource group rg-web \(HTTP 403 AuthorizationFailed\).*needs the Website Contributor role/s,
    );
    expect(arm.writes()).toHaveLength(1);
  });

  it("fails at once on 404 with what to check", async () => {
    await expect(syncStartupCommand(service("missing"), apply)).rejects.toThrow(
      /HTTP 404 ResourceNotFound.*Check app-name, resource-group-name, slot-name and subscription-id/s,
    );
    expect(arm.requests).toHaveLength(1);
  });

  it("refuses apps that are not Python on Linux", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "dotnet", linuxFxVersion: "DOTNETCORE|8.0" });
    arm.addSite({ resourceGroup: "rg-web", name: "windows", linuxFxVersion: "" });
    await expect(syncStartupCommand(service("dotnet"), apply)).rejects.toThrow(
      /not a Python app on App Service for Linux: its stack is "DOTNETCORE\|8.0"/,
    );
    await expect(syncStartupCommand(service("windows"), apply)).rejects.toThrow(
      /no Linux stack \(a Windows app\?\)/,
    );
    expect(arm.writes()).toEqual([]);
  });

  it("reads the plan through the site's server farm, in another resource group", async () => {
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shop",
      plan: { resourceGroup: "rg-plans", name: "shared-p1v3", sku: "P1v3", capacity: 3, sites: 4 },
    });
    expect(await service().readPlan()).toEqual({
      name: "shared-p1v3",
      sku: "P1v3",
      instances: 3,
      sites: 4,
      maxWorkers: 3,
    });
    expect(arm.requests.map((r) => r.path.split(`${SUBSCRIPTION}/`)[1])).toEqual([
      "resourceGroups/rg-web/providers/Microsoft.Web/sites/shop",
      "resourceGroups/rg-plans/providers/Microsoft.Web/serverfarms/shared-p1v3",
    ]);
  });

  it("says which sign-in methods were tried and what to configure", async () => {
    process.env.FAKE_AZ_LOGGED_OUT = "1";
    arm.addSite({ resourceGroup: "rg-web", name: "shop" });
    const error = await syncStartupCommand(service(), apply).catch((e: Error) => e);
    expect(String(error)).toMatch(/Could not sign in to Azure\. Tried, in order:/);
    expect(String(error)).toMatch(/Azure CLI session: .*run azure\/login earlier in the job/);
    expect(String(error)).toMatch(/service principal in the environment: .*AZURE_CLIENT_SECRET/);
    expect(arm.requests).toEqual([]);
  });

  it("takes the subscription from the input, then the environment, then the CLI", async () => {
    expect(await resolveSubscription("aaaaaaaa-0000-0000-0000-000000000001")).toBe(
      "aaaaaaaa-0000-0000-0000-000000000001",
    );
    process.env.AZURE_SUBSCRIPTION_ID = "aaaaaaaa-0000-0000-0000-000000000002";
    expect(await resolveSubscription("")).toBe("aaaaaaaa-0000-0000-0000-000000000002");
    delete process.env.AZURE_SUBSCRIPTION_ID;
    expect(await resolveSubscription("")).toBe(SUBSCRIPTION);
  });
});
