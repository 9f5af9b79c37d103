// Reads one gunicorn step's arguments as gunicorn's argparse does: which flags take a value
// (from gunicorn's own settings, src/core/command/gunicorn-flags.ts), unique abbreviations of long
// flags, `--flag=value` and `-w4`, and where the app module sits.
import { GUNICORN_FLAGS, type FlagArity } from "./gunicorn-flags.js";
import type { Word } from "./shell-words.js";

/** The settings the recommender sizes; undefined where the command does not set them. */
export interface SizedSettings {
  readonly workers?: number | undefined;
  readonly threads?: number | undefined;
  readonly workerClass?: string | undefined;
  readonly timeout?: number | undefined;
  readonly workerConnections?: number | undefined;
  readonly keepAlive?: number | undefined;
}
export type SizedName = keyof SizedSettings;

export const SIZED_FLAGS: Readonly<Record<string, SizedName>> = {
  "-w": "workers",
  "--workers": "workers",
  "--threads": "threads",
  "-k": "workerClass",
  "--worker-class": "workerClass",
  "-t": "timeout",
  "--timeout": "timeout",
  "--worker-connections": "workerConnections",
  "--keep-alive": "keepAlive",
};

export interface GunicornArgs {
  readonly settings: SizedSettings;
  /** Word indexes of the sized flags and their values, with the setting each belongs to. */
  readonly sizedWords: ReadonlyMap<number, SizedName>;
  /** Sized settings whose value the shell computes, or gunicorn would refuse: not known. */
  readonly unread: readonly { readonly name: SizedName; readonly text: string }[];
  /** Expansions that become arguments only when the site starts; they may set anything. */
  readonly opaque: readonly string[];
  readonly config: string | undefined;
  readonly module: string | undefined;
  /** `--reload`: workers restart whenever a file changes, a development setting. */
  readonly reload: boolean;
}

const LONG_FLAGS = Object.keys(GUNICORN_FLAGS).filter((f) => f.startsWith("--"));

/** The flag gunicorn reads: exact, or the one long flag the text abbreviates (argparse). */
export function canonicalFlag(flag: string): string {
  if (GUNICORN_FLAGS[flag] !== undefined || !flag.startsWith("--")) return flag;
  const matches = LONG_FLAGS.filter((f) => f.startsWith(flag));
  return matches.length === 1 ? matches[0]! : flag;
}

function arity(flag: string): FlagArity {
  return GUNICORN_FLAGS[flag] ?? "value";
}

export function readGunicornArgs(words: readonly Word[], from: number): GunicornArgs {
  const settings: Record<string, number | string> = {};
  const sizedWords = new Map<number, SizedName>();
  const unread: { name: SizedName; text: string }[] = [];
  const opaque: string[] = [];
  const positional: Word[] = [];
  let config: string | undefined;
  let reload = false;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (word.redirect) continue;
    if (!word.value.startsWith("-") || word.value === "-") {
      positional.push(word);
      continue;
    }
    const { flag, inline } = splitFlag(word.value);
    if (flag === "--reload") reload = true;
    const kind = arity(flag);
    const next = words[i + 1];
    const takesNext =
      inline === undefined &&
      next !== undefined &&
      !next.redirect &&
      (kind === "value" || (kind === "optional" && !next.value.startsWith("-")));
    const valueAt = takesNext ? i + 1 : i;
    const value = inline ?? (takesNext ? next : undefined);
    const key = SIZED_FLAGS[flag];
    if (key && value !== undefined) {
      const text = typeof value === "string" ? value : value.value;
      const known = typeof value === "string" ? !/[$`]/.test(value) : !value.dynamic;
      const read = known ? parseSized(key, text) : undefined;
      if (read === undefined)
        unread.push({ name: key, text: words[i]!.value + (takesNext ? ` ${text}` : "") });
      else settings[key] = read;
      for (let j = i; j <= valueAt; j++) sizedWords.set(j, key);
    }
    if ((flag === "-c" || flag === "--config") && typeof value !== "undefined") {
      config = typeof value === "string" ? value : value.value;
    }
    i = valueAt;
  }
  // `gunicorn -w 2 app:app $EXTRA`: the module is the last word written out; an expansion
  // beside it becomes arguments when the site starts.
  const module = positional.filter((w) => !w.dynamic).pop() ?? positional[positional.length - 1];
  for (const w of positional) if (w.dynamic && w !== module) opaque.push(w.value);
  return { settings, sizedWords, unread, opaque, config, module: module?.value, reload };
}

/** A number gunicorn would take (a whole number), or the worker class as written. */
function parseSized(key: SizedName, text: string): number | string | undefined {
  if (key === "workerClass") return text === "" ? undefined : text;
  return /^\d{1,12}$/.test(text) ? Number(text) : undefined;
}

/** `--workers=4` → flag and inline value; `-w4` → the same for one-letter flags. */
function splitFlag(word: string): { flag: string; inline: string | undefined } {
  if (word.startsWith("--")) {
    const eq = word.indexOf("=");
    return eq < 0
      ? { flag: canonicalFlag(word), inline: undefined }
      : { flag: canonicalFlag(word.slice(0, eq)), inline: word.slice(eq + 1) };
  }
  return word.length > 2
    ? { flag: word.slice(0, 2), inline: word.slice(2) }
    : { flag: word, inline: undefined };
}
