// What gunicorn-tuner records on the site, as site tags whose names start with `gunicorn-tuner`:
// after a change that came back healthy, the previous startup command and when; after a change
// a later run undid, the command that was undone, so no run applies it again. A tag value
// holds 256 characters, so a long command is split over numbered tags with their count.

export const TAG_PREFIX = "gunicorn-tuner";
/** Azure's limit on one tag value. */
export const TAG_VALUE_MAX = 256;
const CHANGED_AT = `${TAG_PREFIX}-changed-at`;
const UNDONE_AT = `${TAG_PREFIX}-undone-at`;

export interface ChangeRecord {
  /** The startup command before the change ("" for none). */
  readonly previous: string;
  /** When the change was made, ISO 8601 UTC. */
  readonly changedAt: string;
}

export interface UndoneRecord {
  /** The command that made the site worse and was taken back. */
  readonly command: string;
  readonly undoneAt: string;
}

export function recordTags(record: ChangeRecord): Record<string, string> {
  return { [CHANGED_AT]: record.changedAt, ...split("previous", record.previous) };
}

export function undoneTags(record: UndoneRecord): Record<string, string> {
  return { [UNDONE_AT]: record.undoneAt, ...split("undone", record.command) };
}

/** The change record back from the site's tags; undefined when there is none or it is torn. */
export function readRecord(tags: Readonly<Record<string, string>>): ChangeRecord | undefined {
  const changedAt = tags[CHANGED_AT];
  const previous = joined(tags, "previous");
  return changedAt && previous !== undefined ? { previous, changedAt } : undefined;
}

export function readUndone(tags: Readonly<Record<string, string>>): UndoneRecord | undefined {
  const undoneAt = tags[UNDONE_AT];
  const command = joined(tags, "undone");
  return undoneAt && command ? { command, undoneAt } : undefined;
}

function split(name: string, value: string): Record<string, string> {
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += TAG_VALUE_MAX)
    parts.push(value.slice(i, i + TAG_VALUE_MAX));
  return {
    [`${TAG_PREFIX}-${name}-parts`]: String(parts.length),
    ...Object.fromEntries(parts.map((p, i) => [`${TAG_PREFIX}-${name}-${i + 1}`, p])),
  };
}

function joined(tags: Readonly<Record<string, string>>, name: string): string | undefined {
  const count = Number(tags[`${TAG_PREFIX}-${name}-parts`]);
  if (!Number.isInteger(count) || count < 0 || count > 50) return undefined;
  const parts = Array.from({ length: count }, (_, i) => tags[`${TAG_PREFIX}-${name}-${i + 1}`]);
  return parts.some((p) => p === undefined) ? undefined : parts.join("");
}
