// What gunicorn-tuner records on the site after a change that came back healthy: the previous
// startup command and when the change was made, as site tags whose names start with
// `gunicorn-tuner`. A tag value holds 256 characters, so a long command is split over numbered
// tags, with their count, and joined back when read.

export const TAG_PREFIX = "gunicorn-tuner";
/** Azure's limit on one tag value. */
export const TAG_VALUE_MAX = 256;
const PARTS = `${TAG_PREFIX}-previous-parts`;
const PART = (i: number) => `${TAG_PREFIX}-previous-${i}`;
const CHANGED_AT = `${TAG_PREFIX}-changed-at`;

export interface ChangeRecord {
  /** The startup command before the change ("" for none). */
  readonly previous: string;
  /** When the change was made, ISO 8601 UTC. */
  readonly changedAt: string;
}

export function recordTags(record: ChangeRecord): Record<string, string> {
  const parts: string[] = [];
  for (let i = 0; i < record.previous.length; i += TAG_VALUE_MAX) {
    parts.push(record.previous.slice(i, i + TAG_VALUE_MAX));
  }
  return {
    [CHANGED_AT]: record.changedAt,
    [PARTS]: String(parts.length),
    ...Object.fromEntries(parts.map((p, i) => [PART(i + 1), p])),
  };
}

/** The record back from the site's tags; undefined when there is none or it is incomplete. */
export function readRecord(tags: Readonly<Record<string, string>>): ChangeRecord | undefined {
  const changedAt = tags[CHANGED_AT];
  const count = Number(tags[PARTS]);
  if (!changedAt || !Number.isInteger(count) || count < 0) return undefined;
  const parts = Array.from({ length: count }, (_, i) => tags[PART(i + 1)]);
  if (parts.some((p) => p === undefined)) return undefined;
  return { previous: parts.join(""), changedAt };
}
