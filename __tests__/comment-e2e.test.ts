// mode: comment end to end: dist/index.js with a pull_request event, against a loopback GitHub.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, isWrite } from "./helpers/fake-github.js";
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
      "```sh\ngunicorn --workers 6 --threads 4 --worker-class gthread --worker-connections 4 --keep-alive 0 --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app",
    );
    expect(body).toContain("- **worker class** `gthread`: ");
    expect(body).toContain("Plan `B2`: 2 vCPU, 3584 MB per instance");
    // The job summary carries the same report.
    expect(first.summary).toBe(body.slice(body.indexOf("\n") + 1));

    const again = await runAction(inputs, eventEnv("pull_request"));
    expect(again.code).toBe(0);
    expect(gh.requests.filter(isWrite)).toHaveLength(1);

    const changed = await runAction(
      { ...inputs, plan: "P1v3", "io-profile": "io-bound" },
      eventEnv("pull_request_target"),
    );
    expect(changed.code).toBe(0);
    expect(gh.requests.filter(isWrite).map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /repos/octo/shop/issues/42/comments",
      "PATCH /repos/octo/shop/issues/comments/1000",
    ]);
    expect(gh.comments[0]!.body).toContain("--threads 8");
  });

  it("warns and keeps the summary when a fork's token cannot write", async () => {
    gh.forbidWrites = true;
    const run = await runAction(inputs, eventEnv("pull_request"));
    expect(run.code).toBe(0);
    const warning = annotations(run.stdout).find((a) => a.level === "warning");
    expect(warning?.message).toMatch(
      /Could not comment on pull request #42.*permissions: pull-requests: write/,
    );
    expect(run.summary).toContain("**Startup command**\n\n```sh\ngunicorn --workers 6");
    expect(run.outputs["comment-url"]).toBeUndefined();
  });

  it("skips with a warning on events without a pull request", async () => {
    const run = await runAction(inputs, eventEnv("push"));
    expect(run.code).toBe(0);
    expect(annotations(run.stdout).filter((a) => a.level !== "notice")).toEqual([
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /needs a pull_request or pull_request_target event; this run is push/,
        ),
      }),
    ]);
    expect(gh.requests).toEqual([]);
  });

  it("leaves one comment when two runs race on the same pull request", async () => {
    gh.latencyMs = 60;
    for (let attempt = 0; attempt < 3; attempt++) {
      gh.comments.splice(0);
      const runs = await Promise.all([
        runAction(inputs, eventEnv("pull_request")),
        runAction({ ...inputs, plan: "B1" }, eventEnv("pull_request")),
      ]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      expect(gh.comments, `attempt ${attempt}`).toHaveLength(1);
    }
  });

  it("never edits a comment another user planted with our marker", async () => {
    gh.comments.push({
      id: 7,
      body: "<!-- gunicorn-tuner:examples%2Fflask-basic -->\nplanted",
      user: { login: "mallory", type: "User" },
    });
    const run = await runAction(inputs, eventEnv("pull_request"));
    expect(run.code).toBe(0);
    expect(gh.comments.find((c) => c.id === 7)!.body).toMatch(/planted$/);
    expect(gh.comments).toHaveLength(2);
  });

  it("names github-token when GitHub refuses it, after writing the summary", async () => {
    const run = await runAction(
      { ...inputs, "github-token": "bad_token" },
      eventEnv("pull_request"),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::github-token was refused by GitHub \(401: Bad credentials/,
    );
    expect(run.summary).toContain("```sh\ngunicorn --workers 6");
  });

  it.each([
    ["a line break", "ghs_abc\n::stop-commands::x"],
    ["100 kB", `ghs_${"x".repeat(100_000)}`],
  ])("rejects a malformed token (%s) without echoing it, before any request", async (_, token) => {
    const run = await runAction({ ...inputs, "github-token": token }, eventEnv("pull_request"));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::github-token: the value is not valid \((it contains a line break|it is 100004 characters long)\)/,
    );
    // Only the runner's mask command carries the value (that is how it is masked).
    const shown = run.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(run.stdout.startsWith("::add-mask::")).toBe(true);
    expect(shown).not.toContain("ghs_abc");
    expect(shown).not.toContain("x".repeat(100));
    expect(gh.requests).toEqual([]);
  });

  it("writes nothing on the PR when inputs are invalid", async () => {
    const run = await runAction({ ...inputs, "io-wait-ratio": "2" }, eventEnv("pull_request"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::io-wait-ratio: "2" is not valid');
    expect(gh.requests).toEqual([]);
  });
});
