// Keeps one comment per app on a pull request: create it once, update it in place, and write
// nothing when its text would not change (every write notifies the PR's subscribers).
import type { PostedComment, PrComments } from "./pr-comments.js";

export type CommentOutcome =
  | { readonly status: "created" | "updated" | "unchanged"; readonly url: string }
  | { readonly status: "not-needed" }
  | { readonly status: "forbidden"; readonly detail: string };

type Comments = Pick<PrComments, "findOurComment" | "create" | "update">;

/**
 * `createIfMissing` false (comment-on: change with nothing to act on) still updates an existing
 * comment, so it never shows stale advice, but starts no new one.
 */
export async function upsertStickyComment(
  comments: Comments,
  marker: string,
  body: string,
  createIfMissing: boolean,
): Promise<CommentOutcome> {
  try {
    const existing = await comments.findOurComment(marker);
    if (existing) {
      if (existing.body === body) return { status: "unchanged", url: existing.url };
      return written("updated", await comments.update(existing.id, body));
    }
    if (!createIfMissing) return { status: "not-needed" };
    return written("created", await comments.create(body));
  } catch (error) {
    // A fork PR's token is read-only: GitHub answers 403 "Resource not accessible by integration".
    if (statusOf(error) === 403) return { status: "forbidden", detail: (error as Error).message };
    throw error;
  }
}

function written(status: "created" | "updated", comment: PostedComment): CommentOutcome {
  return { status, url: comment.url };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
