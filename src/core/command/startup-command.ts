// Reads a startup command or script: which step runs gunicorn, with which settings, and what
// else it does. Retuning rewrites only the settings we size in that one step; every other step,
// and every other flag of the gunicorn step, stays byte for byte as the user wrote it.
import {
  readGunicornArgs,
  SIZED_FLAGS,
  type GunicornArgs,
  type SizedName,
} from "./gunicorn-args.js";
import { readScript, type Problem, type Step, type Word } from "./shell-words.js";

export type { SizedSettings } from "./gunicorn-args.js";

export interface GunicornStep extends GunicornArgs {
  readonly step: Step;
  /** Index of the first gunicorn argument in step.words. */
  readonly argsFrom: number;
}

export type CommandShape =
  | { readonly kind: "empty" }
  | { readonly kind: "gunicorn"; readonly gunicorn: GunicornStep; readonly steps: readonly Step[] }
  | { readonly kind: "script"; readonly script: string; readonly steps: readonly Step[] }
  /** One step that starts some other server (uvicorn, flask run, python app.py). */
  | { readonly kind: "server"; readonly server: ServerStep; readonly steps: readonly Step[] }
  | { readonly kind: "other"; readonly steps: readonly Step[] }
  /** Text the shell would stop on with a syntax error. */
  | { readonly kind: "unparsed"; readonly problem: Problem };

/** A lone step that starts a server: the program, and the module or file it serves. */
export interface ServerStep {
  readonly program: string;
  /** `mod:app` for uvicorn and friends; `app.py` for `python app.py` and `fastapi run`. */
  readonly target: string | undefined;
}

/** Settings a retune always restates; the connection cap only replaces the user's when stated. */
const ALWAYS_RESTATED = new Set<SizedName>(["workers", "threads", "workerClass", "timeout"]);
const SERVERS = /^(uvicorn|hypercorn|daphne|waitress-serve|flask|fastapi)$/;

export function readStartupCommand(text: string): CommandShape {
  const { steps, problem } = readScript(text);
  if (problem) return { kind: "unparsed", problem };
  if (steps.length === 0) return { kind: "empty" };
  for (const step of steps) {
    const gunicorn = gunicornStep(step);
    if (gunicorn) return { kind: "gunicorn", gunicorn, steps };
  }
  const script = steps.length === 1 ? scriptOf(steps[0]!) : undefined;
  if (script) return { kind: "script", script, steps };
  const server = steps.length === 1 ? serverOf(steps[0]!) : undefined;
  if (server) return { kind: "server", server, steps };
  return { kind: "other", steps };
}

/** Every gunicorn step in a script, with its line. */
export function gunicornSteps(text: string): GunicornStep[] {
  return readScript(text).steps.flatMap((s) => gunicornStep(s) ?? []);
}

/** Words before the program: `exec`, and the reserved words a step can start with. */
const LEADING_WORDS = new Set(["exec", "then", "else", "do", "{", "!", "time", "nohup"]);

/** `python`, `python3`, `python3.12`. */
export const isPython = (program: string) => /^python(\d(\.\d+)?)?$/.test(program);

/** Where the program of a step is: past `web:`, `VAR=value` assignments and `exec`. */
export function command(step: Step): { at: number; words: readonly Word[] } {
  let at = 0;
  const w = step.words;
  // Procfile's `web:`, environment assignments and exec come before the program.
  if (w[at]?.value.endsWith(":") && at === 0 && /^[a-z]+:$/.test(w[0]!.value)) at++;
  while (w[at] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[at]!.value)) at++;
  while (w[at] && !w[at]!.dynamic && LEADING_WORDS.has(w[at]!.value)) at++;
  return { at, words: w };
}

function gunicornStep(step: Step): GunicornStep | undefined {
  const { at, words } = command(step);
  const program = basename(words[at]?.value ?? "");
  let argsFrom: number;
  if (program === "gunicorn") argsFrom = at + 1;
  else if (
    isPython(program) &&
    words[at + 1]?.value === "-m" &&
    words[at + 2]?.value === "gunicorn"
  ) {
    argsFrom = at + 3;
  } else return undefined;
  return { step, argsFrom, ...readGunicornArgs(words, argsFrom) };
}

/** What one step starts, gunicorn or another server, with what it serves and where. */
export function stepServer(step: Step): (ServerStep & { readonly chdir?: string }) | undefined {
  const g = gunicornStep(step);
  if (!g) return serverOf(step);
  const words = step.words.slice(g.argsFrom).map((w) => w.value);
  const at = words.findIndex((w) => w === "--chdir" || w.startsWith("--chdir="));
  const chdir = at < 0 ? undefined : (words[at]!.split("=")[1] ?? words[at + 1]);
  return { program: "gunicorn", target: g.module, ...(chdir && { chdir }) };
}

/** `startup.sh`, `bash startup.sh`, `/home/site/wwwroot/scripts/start.sh` → the script path. */
function scriptOf(step: Step): string | undefined {
  const { at, words } = command(step);
  const first = words[at]?.value ?? "";
  const path = /^(ba|da)?sh$/.test(basename(first)) ? words[at + 1]?.value : first;
  if (!path || !/\.(sh|txt)$/.test(path)) return undefined;
  return path.replace(/^\/home\/site\/wwwroot\//, "").replace(/^\.\//, "");
}

function serverOf(step: Step): ServerStep | undefined {
  const { at, words } = command(step);
  const program = basename(words[at]?.value ?? "");
  const python = isPython(program);
  const viaModule = python && words[at + 1]?.value === "-m";
  const name = viaModule ? (words[at + 2]?.value ?? "") : program;
  const args = words.slice(at + (viaModule ? 3 : 1)).filter((w) => !w.redirect);
  if (python && !viaModule) {
    const file = args[0]?.value;
    return file?.endsWith(".py") ? { program: "python", target: file } : undefined;
  }
  if (!SERVERS.test(name)) return undefined;
  return {
    program: name,
    target: serverTarget(
      name,
      args.map((w) => w.value),
    ),
  };
}

/** What a server start serves: `uvicorn main:app`, `fastapi run main.py`, `flask --app x run`. */
function serverTarget(name: string, args: readonly string[]): string | undefined {
  const plain = args.filter((a) => !a.startsWith("-"));
  if (name === "flask") {
    const app = args.findIndex((a) => a === "--app" || a.startsWith("--app="));
    if (!plain.includes("run")) return undefined;
    return app < 0 ? "" : (args[app]!.split("=")[1] ?? args[app + 1]);
  }
  if (name === "fastapi")
    return plain[0] === "run" || plain[0] === "dev" ? (plain[1] ?? "") : undefined;
  return plain.find((a) => a.includes(":"));
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The text with the gunicorn step's sized flags replaced by `flags`, placed right after the
 * program; everything else, inside and outside the step, is kept as written.
 */
export function retune(text: string, g: GunicornStep, flags: readonly string[]): string {
  return text.slice(0, g.step.start) + retunedStep(text, g, flags) + text.slice(g.step.end);
}

/** The gunicorn step alone, retuned: what an edit of one line of a script shows. */
export function retunedStep(text: string, g: GunicornStep, flags: readonly string[]): string {
  const words = g.step.words;
  const head = text.slice(g.step.start, words[g.argsFrom - 1]!.end);
  const stated = new Set(flags.map((f) => SIZED_FLAGS[f.split(/[ =]/)[0]!]));
  const replaced = (i: number) => {
    const key = g.sizedWords.get(i);
    return key !== undefined && (ALWAYS_RESTATED.has(key) || stated.has(key));
  };
  const rest = words
    .map((w, i) => ({ w, i }))
    .filter(({ i }) => i >= g.argsFrom && !replaced(i))
    .map(({ w }) => text.slice(w.start, w.end));
  return [head, ...flags, ...rest].join(" ");
}

/** The steps other than gunicorn, as written: what a bare command in their place would lose. */
export function otherSteps(text: string, shape: CommandShape): string[] {
  if (shape.kind === "empty" || shape.kind === "unparsed") return [];
  const skip = shape.kind === "gunicorn" ? shape.gunicorn.step : undefined;
  return shape.steps.filter((s) => s !== skip).map((s) => text.slice(s.start, s.end));
}
