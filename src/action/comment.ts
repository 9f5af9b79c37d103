// mode: comment — the sticky pull-request comment, from the workflow's event. Loaded only when
// that mode is on, so output mode does not pay for Octokit at start-up.
import * as core from "@actions/core";
import { neutralize } from "../core/report/log-text.js";
import * as github from "@actions/github";
import { commentBody, commentMarker } from "../core/report/comment-body.js";
import { boundedOctokit } from "../github/octokit.js";
import { PrComments } from "../github/pr-comments.js";
import { upsertStickyComment } from "../github/sticky-comment.js";

const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

export interface CommentRequest {
  readonly token: string;
  readonly workingDirectory: string;
  readonly markdown: string;
  /** False for comment-on: change when there is nothing to act on. */
  readonly createIfMissing: boolean;
}

export async function commentOnPullRequest(request: CommentRequest): Promise<void> {
  const { context } = github;
  const pr = context.payload.pull_request;
  if (!PR_EVENTS.has(context.eventName) || !pr) {
    core.warning(
      `mode comment needs a pull_request or pull_request_target event; this run is ${context.eventName || "not from an event"}, so no comment was written (the job summary has the report).`,
    );
    return;
  }
  if (!request.token) {
    core.warning(
      "mode comment: github-token is empty, so no comment was written. Leave it at its default, ${{ github.token }}.",
    );
    return;
  }
  const comments = new PrComments(boundedOctokit(request.token), {
    ...context.repo,
    issueNumber: pr.number,
  });
  const marker = commentMarker(request.workingDirectory);
  const outcome = await upsertStickyComment(
    comments,
    marker,
    commentBody(marker, request.markdown),
    request.createIfMissing,
  ).catch((error: unknown) => {
    throw new Error(explain(error, pr.number));
  });
  switch (outcome.status) {
    case "forbidden":
      core.warning(
        `Could not comment on pull request #${pr.number}: the token may not write to it (${outcome.detail}). Pull requests from forks get a read-only token; elsewhere give the job "permissions: pull-requests: write". The job summary has the report.`,
      );
      return;
    case "not-needed":
      core.info("comment-on: change — nothing to act on, so no comment was started.");
      return;
    default:
      core.info(`Pull-request comment ${outcome.status}: ${neutralize(outcome.url)}`);
      core.setOutput("comment-url", outcome.url);
  }
}

function explain(error: unknown, pr: number): string {
  const e = error as { status?: number; message?: string };
  const detail = neutralize(e.message ?? String(error));
  if (e.status === 401) {
    return `github-token was refused by GitHub (401: ${detail}). Leave it at its default, \${{ github.token }}, or pass a valid token.`;
  }
  return `Could not comment on pull request #${pr}: ${detail}. The job summary has the report.`;
}
