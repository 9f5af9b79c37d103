// Where each reason's evidence lives: a section of the repository's docs, linked from the
// report at the version that ran. The numbers are there, not in the reasons.

const CHOSEN = "docs/how-the-numbers-are-chosen.md";

export const EVIDENCE = {
  presets: `${CHOSEN}#presets`,
  largerPlans: `${CHOSEN}#larger-plans`,
  exactShare: `${CHOSEN}#the-exact-share`,
  eventLoop: `${CHOSEN}#event-loop-workers`,
  connectionCap: `${CHOSEN}#the-connection-cap`,
  connections: `${CHOSEN}#connections`,
  memory: `${CHOSEN}#memory`,
  timeout: `${CHOSEN}#timeout`,
  oneProcess: "docs/multiple-workers.md",
} as const;

export type Evidence = (typeof EVIDENCE)[keyof typeof EVIDENCE];

/** A reason's sentences: a stop, then a space and a capital (or code) that starts the next. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z`])/);
}

/** A user reads one or two sentences: the first two of a text that grew longer. */
export function twoSentences(text: string): string {
  return sentences(text).slice(0, 2).join(" ");
}

/** The first sentence of a reason, for one that another constraint overrides. */
export function firstSentence(text: string): string {
  return sentences(text)[0]!;
}
