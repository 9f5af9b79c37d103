// mode: comment end to end: dist/index.js with a pull_request event, against a loopback GitHub.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./helpers/fake-github.js";
import { annotations, runAction } from "./helpers/run-action.js";

let gh: FakeGitHub;
beforeEach(async () => (gh = await startFakeGitHub("octo", "shop", 42)));
afterEach(() => gh.close());

function eventEnv(name: string): Record<string, string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gt-event-")), "event.json");
  writeFileSync(
    file,
    JSON.stringify({
      action: "synchronize",
      number: 42,
      pull_request: { number: 42, head: { ref: "feature" } },
      repository: { name: "shop", owner: { login: "octo" } },
    }),
  );
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: "octo/shop",
    GITHUB_API_URL: gh.url,
  };
}

const inputs = {
  plan: "B2",
  mode: "output,comment",
  "working-directory": "examples/flask-basic",
  "github-token": "ghs_test",
};

describe("dist/index.js in comment mode", () => {
  it("comments once per PR: create, then no write on an identical re-run, then update", async () => {
    const first = await runAction(inputs, eventEnv("pull_request"));
    expect(first.code).toBe(0);
    expect(first.outputs["comment-url"]).toBe(
      "https://github.com/octo/shop/pull/42#issuecomment-1000",
    );
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0]!.body;
    expect(
      body.startsWith(
        "<!-- gunicorn-tuner:examples%2Fflask-basic -->\n### ✅ flask-basic is ready for App Service · `B2`",
      ),
    ).toBe(true);
    expect(body).toContain(
      "```sh\ngunicorn --workers 7 --threads 1 --worker-class sync --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app",
    );
    expect(body).toContain("- **worker class** `sync`: ");
    expect(body).toContain("Plan `B2`: 2 vCPU, 3584 MB per instance");
    // The job summary carries the same report.
    expect(first.summary).toBe(body.slice(body.indexOf("\n") + 1));

    const again = await runAction(inputs, eventEnv("pull_request"));
    expect(again.code).toBe(0);
    expect(gh.requests.filter((r) => r.method !== "GET")).toHaveLength(1);

    const changed = await runAction(
      { ...inputs, plan: "P1v3", "io-profile": "io-bound" },
      eventEnv("pull_request_target"),
    );
    expect(changed.code).toBe(0);
    expect(
      gh.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`),
    ).toEqual([
      "POST /repos/octo/shop/issues/42/comments",
      "PATCH /repos/octo/shop/issues/comments/1000",
    ]);
    expect(gh.comments[0]!.body).toContain("--threads 40");
  });

  it("warns and keeps the summary when a fork's token cannot write", async () => {
    gh.forbidWrites = true;
    const run = await runAction(inputs, eventEnv("pull_request"));
    expect(run.code).toBe(0);
    const warning = annotations(run.stdout).find((a) => a.level === "warning");
    expect(warning?.message).toMatch(
      /Could not comment on pull request #42.*permissions: pull-requests: write/,
    );
    expect(run.summary).toContain("**Startup command**\n\n```sh\ngunicorn --workers 7");
    expect(run.outputs["comment-url"]).toBeUndefined();
  });

  it("skips with a warning on events without a pull request", async () => {
    const run = await runAction(inputs, eventEnv("push"));
    expect(run.code).toBe(0);
    expect(annotations(run.stdout)).toEqual([
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /needs a pull_request or pull_request_target event; this run is push/,
        ),
      }),
    ]);
    expect(gh.requests).toEqual([]);
  });

  it("writes nothing on the PR when inputs are invalid", async () => {
    const run = await runAction({ ...inputs, "io-wait-ratio": "2" }, eventEnv("pull_request"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::io-wait-ratio: "2" is not valid');
    expect(gh.requests).toEqual([]);
  });
});
