// The sticky comment through the real Octokit from @actions/github against a loopback GitHub.
import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commentBody, commentMarker, MAX_COMMENT_CHARS } from "../src/core/report/comment-body.js";
import { PrComments } from "../src/github/pr-comments.js";
import { upsertStickyComment } from "../src/github/sticky-comment.js";
import { otherComments, startFakeGitHub, type FakeGitHub, isWrite } from "./helpers/fake-github.js";

let gh: FakeGitHub;
let comments: PrComments;
const marker = commentMarker("./examples/flask-basic/");

beforeEach(async () => {
  gh = await startFakeGitHub("octo", "shop", 7);
  comments = new PrComments(getOctokit("test-token", { baseUrl: gh.url }), {
    owner: "octo",
    repo: "shop",
    issueNumber: 7,
  });
});
afterEach(() => gh.close());

const writes = () => gh.requests.filter(isWrite);

describe("sticky PR comment", () => {
  it("creates once, updates the same comment, and writes nothing when unchanged", async () => {
    const first = await upsertStickyComment(
      comments,
      marker,
      commentBody(marker, "workers 2"),
      true,
    );
    expect(first).toEqual({
      status: "created",
      url: "https://github.com/octo/shop/pull/7#issuecomment-1000",
    });
    expect(writes()).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/repos/octo/shop/issues/7/comments",
        body: { body: `${marker}\nworkers 2` },
        auth: "token test-token",
      }),
    ]);

    const second = await upsertStickyComment(
      comments,
      marker,
      commentBody(marker, "workers 3"),
      true,
    );
    expect(second.status).toBe("updated");
    expect(writes().at(-1)).toMatchObject({
      method: "PATCH",
      path: "/repos/octo/shop/issues/comments/1000",
      body: { body: `${marker}\nworkers 3` },
    });

    const third = await upsertStickyComment(
      comments,
      marker,
      commentBody(marker, "workers 3"),
      true,
    );
    expect(third.status).toBe("unchanged");
    expect(writes()).toHaveLength(2);
    expect(gh.comments).toHaveLength(1);
  });

  it("finds its comment past the first 100 (pagination)", async () => {
    gh.comments.push(...otherComments(150), {
      id: 5000,
      body: `${marker}\nold`,
      user: { login: "github-actions[bot]", type: "Bot" },
    });
    const outcome = await upsertStickyComment(comments, marker, commentBody(marker, "new"), true);
    expect(outcome.status).toBe("updated");
    const pages = gh.requests
      .filter((r) => r.method === "GET" && r.path.endsWith("/comments"))
      .map((r) => [r.query.get("per_page"), r.query.get("page")]);
    expect(pages).toEqual([
      ["100", null],
      ["100", "2"],
    ]);
    expect(writes()).toEqual([
      expect.objectContaining({ method: "PATCH", path: "/repos/octo/shop/issues/comments/5000" }),
    ]);
  });

  it("keeps one comment per working directory", async () => {
    const other = commentMarker("services/api");
    await upsertStickyComment(comments, marker, commentBody(marker, "a"), true);
    await upsertStickyComment(comments, other, commentBody(other, "b"), true);
    await upsertStickyComment(comments, marker, commentBody(marker, "a2"), true);
    expect(gh.comments.map((c) => c.body)).toEqual([`${marker}\na2`, `${other}\nb`]);
  });

  it("turns a read-only token's 403 into an outcome, not a throw", async () => {
    gh.forbidWrites = true;
    const outcome = await upsertStickyComment(comments, marker, commentBody(marker, "x"), true);
    expect(outcome).toEqual({
      status: "forbidden",
      detail: expect.stringContaining("Resource not accessible by integration"),
    });
    expect(gh.comments).toEqual([]);
  });

  it("starts no comment when not needed, but still refreshes an existing one", async () => {
    expect(await upsertStickyComment(comments, marker, commentBody(marker, "x"), false)).toEqual({
      status: "not-needed",
    });
    expect(writes()).toEqual([]);
    gh.comments.push({
      id: 9,
      body: `${marker}\nstale`,
      user: { login: "github-actions[bot]", type: "Bot" },
    });
    expect(
      (await upsertStickyComment(comments, marker, commentBody(marker, "fresh"), false)).status,
    ).toBe("updated");
  });
});

describe("only our own comment is ours", () => {
  it("never edits a comment another user planted with our marker", async () => {
    gh.comments.push({
      id: 3,
      body: `${marker}\nfake report`,
      user: { login: "mallory", type: "User" },
    });
    const outcome = await upsertStickyComment(comments, marker, commentBody(marker, "real"), true);
    expect(outcome.status).toBe("created");
    expect(gh.comments.find((c) => c.id === 3)!.body).toBe(`${marker}\nfake report`);
    expect(writes().map((r) => r.method)).toEqual(["POST"]);
  });

  it("knows a personal token's user from GET /user, and the workflow bot from GraphQL's viewer", async () => {
    const personal = new PrComments(getOctokit("ghp_personal", { baseUrl: gh.url }), {
      owner: "octo",
      repo: "shop",
      issueNumber: 7,
    });
    expect(await personal.identity()).toBe("octocat");
    expect(await comments.identity()).toBe("github-actions[bot]");
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /user",
      "GET /user",
      "POST /graphql",
    ]);
  });

  it("keeps the oldest of several of ours up to date and deletes the rest", async () => {
    const bot = { login: "github-actions[bot]", type: "Bot" };
    gh.comments.push(
      { id: 11, body: `${marker}\nold`, user: bot },
      { id: 12, body: "LGTM", user: { login: "reviewer", type: "User" } },
      { id: 13, body: `${marker}\nolder twin`, user: bot },
    );
    const outcome = await upsertStickyComment(comments, marker, commentBody(marker, "new"), true);
    expect(outcome.status).toBe("updated");
    expect(gh.comments.map((c) => [c.id, c.body])).toEqual([
      [11, `${marker}\nnew`],
      [12, "LGTM"],
    ]);
  });

  it("leaves one comment when two runs race on the same pull request", async () => {
    gh.latencyMs = 40;
    const other = new PrComments(getOctokit("test-token", { baseUrl: gh.url }), {
      owner: "octo",
      repo: "shop",
      issueNumber: 7,
    });
    const outcomes = await Promise.all([
      upsertStickyComment(comments, marker, commentBody(marker, "run 1"), true),
      upsertStickyComment(other, marker, commentBody(marker, "run 2"), true),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["created", "created"]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/run [12]$/);
  });
});

describe("comment body", () => {
  it("encodes the key so a folder name cannot close the HTML comment", () => {
    expect(commentMarker(".")).toBe("<!-- gunicorn-tuner:. -->");
    expect(commentMarker("./")).toBe(commentMarker("."));
    expect(commentMarker("a --> <script>")).toBe(
      "<!-- gunicorn-tuner:a%20--%3E%20%3Cscript%3E -->",
    );
  });

  it("truncates to GitHub's limit instead of failing", () => {
    const body = commentBody(marker, "x".repeat(70_000));
    expect(body.length).toBe(MAX_COMMENT_CHARS);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toMatch(/report truncated/);
  });
});
