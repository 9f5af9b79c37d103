// Reads a startup command or script: which step runs gunicorn, with which settings, and what
// else it does. Retuning rewrites only the settings we size in that one step; every other step,
// and every other flag of the gunicorn step, stays byte for byte as the user wrote it.
import { splitSteps, type Step, type Word } from "./shell-words.js";

/** The settings the recommender sizes; undefined where the command does not set them. */
export interface SizedSettings {
  readonly workers?: number | undefined;
  readonly threads?: number | undefined;
  readonly workerClass?: string | undefined;
  readonly timeout?: number | undefined;
  readonly workerConnections?: number | undefined;
  readonly keepAlive?: number | undefined;
}

export interface GunicornStep {
  readonly step: Step;
  /** Index of the first gunicorn argument in step.words. */
  readonly argsFrom: number;
  readonly settings: SizedSettings;
  /** Word indexes of the sized flags and their values, with the setting each belongs to. */
  readonly sizedWords: ReadonlyMap<number, keyof SizedSettings>;
  /** The -c/--config file, when given. */
  readonly config: string | undefined;
  /** The app module (the last positional argument). */
  readonly module: string | undefined;
}

export type CommandShape =
  | { readonly kind: "empty" }
  | { readonly kind: "gunicorn"; readonly gunicorn: GunicornStep; readonly steps: readonly Step[] }
  | { readonly kind: "script"; readonly script: string; readonly steps: readonly Step[] }
  /** One step that starts some other server (uvicorn, flask run, python app.py). */
  | { readonly kind: "server"; readonly steps: readonly Step[] }
  | { readonly kind: "other"; readonly steps: readonly Step[] };

const SIZED: Readonly<Record<string, keyof SizedSettings>> = {
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
/** Settings a retune always restates; the connection cap only replaces the user's when stated. */
const ALWAYS_RESTATED = new Set<keyof SizedSettings>([
  "workers",
  "threads",
  "workerClass",
  "timeout",
]);
/** gunicorn's flags that take no value; every other flag takes one. */
const BOOLEAN_FLAGS = new Set([
  "--preload",
  "--reload",
  "-R",
  "--daemon",
  "-D",
  "--check-config",
  "--print-config",
  "--capture-output",
  "--enable-stdio-inheritance",
  "--spew",
  "--no-sendfile",
  "--reuse-port",
  "--strip-header-spaces",
  "--suppress-ragged-eofs",
  "--do-handshake-on-connect",
  "--disable-redirect-access-to-syslog",
  "--proxy-protocol",
  "--version",
  "-v",
  "--help",
  "-h",
]);
const SERVERS = /^(uvicorn|hypercorn|daphne|waitress-serve|flask|fastapi)$/;

export function readStartupCommand(text: string): CommandShape {
  const steps = splitSteps(text);
  if (steps.length === 0) return { kind: "empty" };
  for (const step of steps) {
    const gunicorn = gunicornStep(step);
    if (gunicorn) return { kind: "gunicorn", gunicorn, steps };
  }
  const script = steps.length === 1 ? scriptOf(steps[0]!) : undefined;
  if (script) return { kind: "script", script, steps };
  if (steps.length === 1 && isServer(steps[0]!)) return { kind: "server", steps };
  return { kind: "other", steps };
}

/** Every gunicorn step in a script, with its line. */
export function gunicornSteps(text: string): GunicornStep[] {
  return splitSteps(text).flatMap((s) => gunicornStep(s) ?? []);
}

function command(step: Step): { at: number; words: readonly Word[] } {
  let at = 0;
  const w = step.words;
  // Procfile's `web:`, environment assignments and exec come before the program.
  if (w[at]?.value.endsWith(":") && at === 0 && /^[a-z]+:$/.test(w[0]!.value)) at++;
  while (w[at] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[at]!.value)) at++;
  if (w[at]?.value === "exec") at++;
  return { at, words: w };
}

function gunicornStep(step: Step): GunicornStep | undefined {
  const { at, words } = command(step);
  const program = basename(words[at]?.value ?? "");
  let argsFrom: number;
  if (program === "gunicorn") argsFrom = at + 1;
  else if (
    /^python(\d(\.\d+)?)?$/.test(program) &&
    words[at + 1]?.value === "-m" &&
    words[at + 2]?.value === "gunicorn"
  ) {
    argsFrom = at + 3;
  } else return undefined;
  const settings: Record<string, number | string> = {};
  const sizedWords = new Map<number, keyof SizedSettings>();
  let config: string | undefined;
  let module: string | undefined;
  for (let i = argsFrom; i < words.length; i++) {
    const word = words[i]!.value;
    if (!word.startsWith("-") || word === "-") {
      module = word;
      continue;
    }
    const { flag, inline } = splitFlag(word);
    const takesValue = !BOOLEAN_FLAGS.has(flag);
    const valueAt = inline === undefined && takesValue ? i + 1 : i;
    const value = inline ?? (takesValue ? words[i + 1]?.value : undefined);
    const key = SIZED[flag];
    if (key && value !== undefined) {
      settings[key] = key === "workerClass" ? value : Number(value);
      for (let j = i; j <= valueAt; j++) sizedWords.set(j, key);
    }
    if ((flag === "-c" || flag === "--config") && value !== undefined) config = value;
    i = valueAt;
  }
  return { step, argsFrom, settings, sizedWords, config, module };
}

/** `--workers=4` → flag and inline value; `-w4` → the same for one-letter flags. */
function splitFlag(word: string): { flag: string; inline: string | undefined } {
  if (word.startsWith("--")) {
    const eq = word.indexOf("=");
    return eq < 0
      ? { flag: word, inline: undefined }
      : { flag: word.slice(0, eq), inline: word.slice(eq + 1) };
  }
  return word.length > 2
    ? { flag: word.slice(0, 2), inline: word.slice(2) }
    : { flag: word, inline: undefined };
}

/** `startup.sh`, `bash startup.sh`, `/home/site/wwwroot/scripts/start.sh` → the script path. */
function scriptOf(step: Step): string | undefined {
  const { at, words } = command(step);
  const first = words[at]?.value ?? "";
  const path = /^(ba|da)?sh$/.test(basename(first)) ? words[at + 1]?.value : first;
  if (!path || !/\.(sh|txt)$/.test(path)) return undefined;
  return path.replace(/^\/home\/site\/wwwroot\//, "").replace(/^\.\//, "");
}

function isServer(step: Step): boolean {
  const { at, words } = command(step);
  const program = basename(words[at]?.value ?? "");
  if (SERVERS.test(program)) return true;
  if (!/^python(\d(\.\d+)?)?$/.test(program)) return false;
  const next = words[at + 1]?.value ?? "";
  return (next === "-m" && SERVERS.test(words[at + 2]?.value ?? "")) || next.endsWith(".py");
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The text with the gunicorn step's sized flags replaced by `flags`, placed right after the
 * program; everything else, inside and outside the step, is kept as written.
 */
export function retune(text: string, g: GunicornStep, flags: readonly string[]): string {
  const words = g.step.words;
  const head = text.slice(g.step.start, words[g.argsFrom - 1]!.end);
  const stated = new Set(flags.map((f) => SIZED[f.split(/[ =]/)[0]!]));
  const replaced = (i: number) => {
    const key = g.sizedWords.get(i);
    return key !== undefined && (ALWAYS_RESTATED.has(key) || stated.has(key));
  };
  const rest = words
    .map((w, i) => ({ w, i }))
    .filter(({ i }) => i >= g.argsFrom && !replaced(i))
    .map(({ w }) => text.slice(w.start, w.end));
  const step = [head, ...flags, ...rest].join(" ");
  return text.slice(0, g.step.start) + step + text.slice(g.step.end);
}

/** The steps other than gunicorn, as written: what a bare command in their place would lose. */
export function otherSteps(text: string, shape: CommandShape): string[] {
  if (shape.kind === "empty") return [];
  const skip = shape.kind === "gunicorn" ? shape.gunicorn.step : undefined;
  return shape.steps.filter((s) => s !== skip).map((s) => text.slice(s.start, s.end));
}
