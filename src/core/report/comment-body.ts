// The PR comment's text: a hidden marker that finds our comment again, then the report.

/** GitHub refuses comments longer than this. */
export const MAX_COMMENT_CHARS = 65_536;
const TRUNCATED = "\n\n_… report truncated: the full report is in the job summary._\n";

/**
 * One comment per app: the key is the working directory, so two apps in one repository keep
 * two comments. Encoded so a folder name cannot close the HTML comment.
 */
export function commentMarker(workingDirectory: string): string {
  const key = workingDirectory.replace(/^(\.\/)+/, "").replace(/\/+$/, "") || ".";
  return `<!-- gunicorn-tuner:${encodeURIComponent(key)} -->`;
}

export function commentBody(marker: string, markdown: string): string {
  const body = `${marker}\n${markdown}`;
  if (body.length <= MAX_COMMENT_CHARS) return body;
  return body.slice(0, MAX_COMMENT_CHARS - TRUNCATED.length) + TRUNCATED;
}
