// How the repository itself says the app starts: a Procfile's web: line, a startup script, a
// Dockerfile's CMD or ENTRYPOINT, an App Service startup.txt, FLASK_APP in .flaskenv. App
// Service reads none of these by itself, but they name the module the authors serve, and the
// packages a script installs at boot.
import { readScript, type Step } from "../command/shell-words.js";
import { command, isPython, stepServer } from "../command/startup-command.js";
import type { InstalledAtBoot } from "./dependencies.js";
import { baseName, dirOf, joinPath } from "./paths.js";
import { entries, explicitModuleFiles, searchDepth, type AppSnapshot } from "./snapshot.js";

export interface EntryPoint {
  readonly file: string;
  readonly line: number;
  /** gunicorn, uvicorn, uwsgi, flask, fastapi, python, hypercorn, daphne, waitress-serve. */
  readonly program: string;
  /** `pkg.mod:app` for module servers, `app.py` for file ones, "" when the tool's default. */
  readonly target: string | undefined;
  /**
   * Where the target is looked for, in order: App Service starts scripts in the app root; a
   * Dockerfile's paths are its build context's, and a script may `cd` to its own folder first.
   */
  readonly folders: readonly string[];
  /** The step as written, for the report. */
  readonly text: string;
}

/** Scripts that start an app, wherever they sit in the app folder. */
export const ENTRY_SCRIPTS = [
  "startup.sh",
  "entrypoint.sh",
  "docker-entrypoint.sh",
  "start.sh",
  "boot.sh",
];
/** Files read only at the app root. */
export const ROOT_ENTRY_FILES = ["Procfile", "startup.txt", ".flaskenv"];
export const DOCKERFILE = "Dockerfile";

/** Servers that take a file (`python app.py`, `fastapi run main.py`); the others a module. */
const FILE_SERVERS = new Set(["python", "fastapi"]);

export function namesFile(start: EntryPoint): boolean {
  return FILE_SERVERS.has(start.program) || (start.target ?? "").endsWith(".py");
}

/** Where a start's target may live, in the order it is looked for. */
export function targetFiles(start: EntryPoint): { folder: string; file: string }[] {
  const target = start.target ?? "";
  const rels = namesFile(start)
    ? target.endsWith(".py")
      ? [target]
      : []
    : /^[A-Za-z_][\w.]*(:|$)/.test(target)
      ? explicitModuleFiles(target.replace(/\(.*\)$/, ""))
      : [];
  return start.folders
    .flatMap((folder) => rels.map((rel) => ({ folder, file: joinPath(folder, rel) })))
    .filter(({ file }) => !file.startsWith(".."));
}

/** The entry files present in the listed folders, root files first. */
export function entryFiles(snap: Pick<AppSnapshot, "listings">): string[] {
  const root = ROOT_ENTRY_FILES.filter((f) => entries(snap, "").includes(f));
  const deep = [...snap.listings.keys()]
    .sort((a, b) => searchDepth(a) - searchDepth(b) || a.localeCompare(b))
    .flatMap((dir) =>
      [...ENTRY_SCRIPTS, DOCKERFILE]
        .filter((f) => entries(snap, dir).includes(f))
        .map((f) => joinPath(dir, f)),
    );
  return [...root, ...deep];
}

/** Every entry file's server starts and boot installs, in the order entryFiles gives. */
export function readEntryPoints(snap: Pick<AppSnapshot, "listings" | "files">): {
  starts: EntryPoint[];
  installs: InstalledAtBoot[];
} {
  const starts: EntryPoint[] = [];
  const installs: InstalledAtBoot[] = [];
  for (const file of entryFiles(snap)) {
    const text = snap.files.get(file);
    if (text === undefined) continue;
    for (const { body, line } of commandsOf(file, text)) {
      for (const step of readScript(body).steps) {
        const at = step.line + line - 1;
        const start = startOf(step, file, body, at);
        if (start) starts.push(start);
        const install = installOf(step, file, at);
        if (install) installs.push(install);
      }
    }
  }
  return { starts, installs };
}

/** The shell text each kind of file runs, with the line it starts on. */
function commandsOf(file: string, text: string): { body: string; line: number }[] {
  const name = baseName(file);
  if (name === "Procfile") return procfileWeb(text);
  if (name === ".flaskenv") return flaskEnv(text);
  if (name === DOCKERFILE) return dockerCommands(text);
  return [{ body: text, line: 1 }];
}

function procfileWeb(text: string): { body: string; line: number }[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const m = /^web:\s*(.+)$/.exec(raw.trim());
    return m ? [{ body: m[1]!, line: i + 1 }] : [];
  });
}

/** FLASK_APP=module: what `flask run` would serve, read as a flask start. */
function flaskEnv(text: string): { body: string; line: number }[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const m = /^\s*(?:export\s+)?FLASK_APP\s*=\s*["']?([\w.:/()-]+)["']?\s*$/.exec(raw);
    return m ? [{ body: `flask --app '${m[1]}' run`, line: i + 1 }] : [];
  });
}

/** CMD and ENTRYPOINT, shell form as written, exec form (a JSON array) joined into words. */
function dockerCommands(text: string): { body: string; line: number }[] {
  const out: { body: string; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let joined = lines[i]!;
    while (joined.endsWith("\\") && i + 1 < lines.length) joined = joined.slice(0, -1) + lines[++i];
    const m = /^\s*(CMD|ENTRYPOINT)\s+(.+)$/i.exec(joined);
    if (!m) continue;
    const body = execForm(m[2]!.trim()) ?? m[2]!.trim();
    out.push({ body, line: first + 1 });
  }
  return out;
}

function execForm(text: string): string | undefined {
  if (!text.startsWith("[")) return undefined;
  try {
    const words: unknown = JSON.parse(text);
    if (!Array.isArray(words) || !words.every((w) => typeof w === "string")) return undefined;
    // `sh -c "…"` runs its string as a script.
    if (/^(ba|da)?sh$/.test(baseName(words[0] ?? "")) && words[1] === "-c") return words[2];
    return words.map(shellQuoted).join(" ");
  } catch {
    return undefined;
  }
}

/** A word as the shell reads it back: quoted only when it must be. */
function shellQuoted(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function startOf(step: Step, file: string, body: string, line: number): EntryPoint | undefined {
  const text = body.slice(step.start, step.end).split("\n")[0]!.slice(0, 200);
  const uwsgi = uwsgiTarget(step);
  const server = uwsgi === undefined ? stepServer(step) : { program: "uwsgi", target: uwsgi };
  // `flask db upgrade` and `fastapi --help` start no server.
  if (!server || (server.target === undefined && server.program !== "uwsgi")) return undefined;
  const chdir = "chdir" in server ? (server.chdir ?? "") : "";
  const bases = baseName(file) === DOCKERFILE ? [dirOf(file)] : ["", dirOf(file)];
  const folders = [...new Set(bases.map((b) => joinPath(b, chdir)))];
  return { file, line, program: server.program, target: server.target, folders, text };
}

/** uwsgi's `--module pkg.mod:app`, `-w`, `--wsgi-file file.py`; "" when it names none. */
function uwsgiTarget(step: Step): string | undefined {
  const { at, words } = command(step);
  if (baseName(words[at]?.value ?? "") !== "uwsgi") return undefined;
  const args = words.slice(at + 1).map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split("=", 2);
    if (["--module", "-w", "--wsgi", "--wsgi-file", "--file"].includes(flag!)) {
      return inline ?? args[i + 1] ?? "";
    }
  }
  return "";
}

function installOf(step: Step, file: string, line: number): InstalledAtBoot | undefined {
  const { at, words } = command(step);
  const values = words.slice(at).map((w) => w.value);
  const pip = /^pip3?$/.test(baseName(values[0] ?? ""))
    ? 1
    : isPython(baseName(values[0] ?? "")) && values[1] === "-m" && values[2] === "pip"
      ? 3
      : -1;
  if (pip < 0 || values[pip] !== "install") return undefined;
  const requirements: string[] = [];
  const projects: string[] = [];
  const packages: string[] = [];
  const folder = baseName(file) === DOCKERFILE ? dirOf(file) : "";
  const args = values.slice(pip + 1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-r" || a === "--requirement") requirements.push(joinPath(folder, args[++i] ?? ""));
    else if (a.startsWith("--requirement=")) requirements.push(joinPath(folder, a.slice(14)));
    else if (a === "-e" || a === "--editable") projects.push(joinPath(folder, args[++i] ?? ""));
    else if (a === "." || a.startsWith("./") || a.startsWith("/"))
      projects.push(joinPath(folder, a.replace(/^\/home\/site\/wwwroot\/?/, "./")));
    else if (!a.startsWith("-") && !words[at + pip + 1 + i]?.dynamic) packages.push(a);
  }
  return { file, line, requirements, projects, packages };
}
