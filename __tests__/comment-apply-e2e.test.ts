// mode: apply,comment together: the PR comment shows the site's command before and after, and
// comment-on: change stays quiet once the site already runs the recommendation.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeArm, type FakeArm } from "./helpers/fake-arm.js";
import { azureEnv } from "./helpers/azure-env.js";
import { startFakeGitHub, type FakeGitHub, isWrite } from "./helpers/fake-github.js";
import { runAction } from "./helpers/run-action.js";

let arm: FakeArm;
let gh: FakeGitHub;
beforeEach(async () => {
  arm = await startFakeArm();
  gh = await startFakeGitHub("octo", "shop", 5);
});
afterEach(async () => {
  await arm.close();
  await gh.close();
});

function env(): Record<string, string> {
  const event = path.join(mkdtempSync(path.join(tmpdir(), "gt-event-")), "event.json");
  writeFileSync(event, JSON.stringify({ number: 5, pull_request: { number: 5 } }));
  return {
    ...azureEnv(),
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "octo/shop",
    GITHUB_API_URL: gh.url,
  };
}

const inputs = (extra: Record<string, string>) => ({
  plan: "B1",
  "working-directory": "examples/flask-basic",
  "app-name": "shop",
  "resource-group-name": "rg-web",
  "arm-endpoint": arm.url,
  // The health guard after a write has its own tests (guarded-apply-e2e); here no site answers.
  "health-timeout": "0",
  "github-token": "ghs_test",
  ...extra,
});
const RECOMMENDED =
  "gunicorn --workers 3 --threads 4 --worker-class gthread --worker-connections 4 --keep-alive 0 --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app";

describe("apply and comment together", () => {
  it("puts the site's command before and after into the PR comment", async () => {
    arm.addSite({
      resourceGroup: "rg-web",
      name: "shop",
      appCommandLine: "gunicorn --bind=0.0.0.0 --timeout 600 app:app",
    });
    const run = await runAction(inputs({ mode: "apply,comment" }), env());
    expect(run.code).toBe(0);
    const body = gh.comments[0]!.body;
    expect(body).toContain("**Startup command on web app shop in resource group rg-web**: applied");
    // The site's own command keeps its flags; only the sized ones change.
    expect(body).toContain(
      "```diff\n- gunicorn --bind=0.0.0.0 --timeout 600 app:app\n+ gunicorn --workers 3 --threads 4 --worker-class gthread --worker-connections 4 --keep-alive 0 --timeout 230 --bind=0.0.0.0 app:app\n```",
    );
    expect(body).toContain(
      "| workers | 1 sync worker × 1 thread | **3 gthread workers × 4 threads** |",
    );
  });

  it("comment-on: change writes no comment when the site already runs the recommendation", async () => {
    arm.addSite({ resourceGroup: "rg-web", name: "shop", appCommandLine: RECOMMENDED });
    const quiet = await runAction(inputs({ mode: "comment", "comment-on": "change" }), env());
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain("nothing to act on, so no comment was started");
    expect(gh.requests.filter(isWrite)).toEqual([]);
    expect(arm.writes()).toEqual([]);

    arm.configs.get("rg-web/shop")!.appCommandLine = "";
    const loud = await runAction(inputs({ mode: "comment", "comment-on": "change" }), env());
    expect(loud.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain("current value, not changed (mode apply writes it)");
  });
});
