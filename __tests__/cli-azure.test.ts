// The CLI with the action's Azure inputs: --plan auto, --app-name and --mode apply against the
// loopback ARM, signed in through the stand-in Azure CLI as a terminal after `az login` would be.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeArm, type FakeArm } from "./helpers/fake-arm.js";
import { azureEnv } from "./helpers/azure-env.js";
import { cli } from "./helpers/run-cli.js";

let arm: FakeArm;
beforeEach(async () => {
  arm = await startFakeArm();
  arm.addSite({
    resourceGroup: "rg-web",
    name: "shop",
    appCommandLine: "python manage.py migrate && gunicorn --timeout 600 app:app",
    plan: { resourceGroup: "rg-plans", name: "plan-p1v3", sku: "P1v3", capacity: 2, sites: 1 },
  });
});
afterEach(() => arm.close());

const run = (args: string[]) => cli(args, { ...process.env, ...azureEnv() });

const site = () => [
  "examples/flask-basic",
  "--plan",
  "auto",
  "--app-name",
  "shop",
  "--resource-group-name",
  "rg-web",
  "--arm-endpoint",
  arm.url,
  "--io-profile",
  "io-bound",
];

describe("dist/cli.js with a site", () => {
  it("reads the plan and the site's command, and writes nothing without --mode apply", async () => {
    const { code, stdout } = await run(site());
    expect(code).toBe(0);
    expect(stdout).toContain("(P1v3)");
    expect(stdout).toContain("plan: auto read P1v3 from plan plan-p1v3");
    expect(arm.writes()).toEqual([]);
  });

  it("applies as the action does: the gunicorn step only, and says what it was", async () => {
    const { code, stdout } = await run([
      ...site(),
      "--mode",
      "apply",
      "--health-timeout",
      "0",
      "--json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const written = arm.configs.get("rg-web/shop")!.appCommandLine as string;
    expect(written).toMatch(/^python manage\.py migrate && gunicorn --workers \d+ --threads \d+ /);
    expect(report.site).toEqual({
      name: "web app shop in resource group rg-web",
      outcome: "applied",
      previous: "python manage.py migrate && gunicorn --timeout 600 app:app",
    });
    expect(arm.writes()).toHaveLength(1);
  });

  it("exits 1 and says why when the site cannot be read", async () => {
    arm.failNext(/^GET .*\/sites\/shop\/config\/web$/, 403);
    const { code, stderr } = await run([...site(), "--plan", "P1v3", "--worker-memory-mb", "150"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^gunicorn-tuner: the site could not be read or updated: .*403/);
  });
});
