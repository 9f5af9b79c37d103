// Keeps one comment per app on a pull request: create it once, update it in place, and write
// nothing when its text would not change (every write notifies the PR's subscribers). Only
// comments the token's own identity wrote count as ours; when runs raced and left several,
// the oldest is kept up to date and the rest are deleted.
import type { PostedComment, PrComments } from "./pr-comments.js";

export type CommentOutcome =
  | { readonly status: "created" | "updated" | "unchanged"; readonly url: string }
  | { readonly status: "not-needed" }
  | { readonly status: "forbidden"; readonly detail: string };

type Comments = Pick<PrComments, "findOurComments" | "create" | "update" | "remove">;

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
    const existing = await comments.findOurComments(marker);
    if (existing.length === 0) {
      if (!createIfMissing) return { status: "not-needed" };
      const created = await comments.create(body);
      // Another run may have created one at the same moment: settle on the oldest.
      const after = await comments.findOurComments(marker);
      if (after.length <= 1) return written("created", created);
      return keepOldest(comments, after, body, "created");
    }
    return keepOldest(comments, existing, body, "updated");
  } catch (error) {
    // A fork PR's token is read-only: GitHub answers 403 "Resource not accessible by integration".
    if (statusOf(error) === 403) return { status: "forbidden", detail: (error as Error).message };
    throw error;
  }
}

async function keepOldest(
  comments: Comments,
  ours: readonly PostedComment[],
  body: string,
  status: "created" | "updated",
): Promise<CommentOutcome> {
  const [keep, ...extra] = ours;
  for (const c of extra) {
    await comments.remove(c.id).catch((error: unknown) => {
      // A racing run may have deleted it first.
      if (statusOf(error) !== 404) throw error;
    });
  }
  if (keep!.body === body)
    return { status: status === "created" ? status : "unchanged", url: keep!.url };
  return written(status, await comments.update(keep!.id, body));
}

function written(status: "created" | "updated", comment: PostedComment): CommentOutcome {
  return { status, url: comment.url };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
