// The app the repository's own entry points name (entry-points.ts), when that module really
// holds an app object: the authors' choice beats a guess from file names.
import { appObjects, type AppObject } from "../python/app-object.js";
import { importPathOf } from "../python/python-modules.js";
import type { Finding } from "../report/findings.js";
import type { At, Located } from "./located.js";
import type { EntryPoint } from "./entry-points.js";
import { howRead } from "./entry-notices.js";
import { joinPath } from "./paths.js";
import { exists, explicitModuleFiles, type AppSnapshot } from "./snapshot.js";

type Snap = Pick<AppSnapshot, "files" | "listings">;

/** Servers that take a module path (`pkg.mod:app`); the others take a file. */
const FILE_SERVERS = new Set(["python", "fastapi"]);
/** gunicorn's and uwsgi's callable when none is named. */
const DEFAULT_CALLABLE = "application";

/** The first entry point whose target holds an app object, as gunicorn would load it. */
export function namedEntry(
  snap: Snap,
  starts: readonly EntryPoint[],
  at: At,
): { located: Located; start: EntryPoint } | undefined {
  for (const start of starts) {
    const found = resolve(snap, start);
    if (!found) continue;
    const { file, object, module, chdir } = found;
    const spec = `${module}:${object.name}${object.factory ? "()" : ""}`;
    const other =
      start.program === "gunicorn"
        ? ""
        : ` with ${start.program}; ${howRead(start.file)}, so the startup command serves it with gunicorn instead`;
    const note: Finding = {
      level: "notice",
      message: `Serving ${spec}${chdir ? ` from ${chdir}/` : ""}: ${start.file} line ${start.line} starts the app that way (\`${start.text}\`)${other}. The repository's own start beats guessing from file names.`,
      ...at(start.file, start.line),
    };
    const located = {
      file,
      module,
      chdir,
      callable: object.name,
      factory: object.factory,
      object,
      findings: [note],
    };
    return { located, start };
  }
  return undefined;
}

interface Resolved {
  readonly file: string;
  readonly object: AppObject;
  readonly module: string;
  readonly chdir: string | undefined;
}

function resolve(snap: Snap, start: EntryPoint): Resolved | undefined {
  const target = start.target;
  if (!target) return undefined;
  if (FILE_SERVERS.has(start.program) || target.endsWith(".py")) return fromFile(snap, start);
  const [modulePart, callablePart] = target.split(":");
  if (!modulePart || !/^[A-Za-z_][\w.]*$/.test(modulePart)) return undefined;
  const wanted = callablePart?.replace(/\(.*\)$/, "");
  for (const [folder, rel] of start.folders.flatMap((f) =>
    explicitModuleFiles(modulePart).map((r) => [f, r] as const),
  )) {
    const file = joinPath(folder, rel);
    if (!exists(snap, file)) continue;
    const objects = appObjects(snap, file);
    // Flask's FLASK_APP and uvicorn name the object; gunicorn and uwsgi default to application.
    const object = wanted
      ? objects.find((o) => o.name === wanted)
      : start.program === "flask"
        ? objects[0]
        : objects.find((o) => o.name === DEFAULT_CALLABLE);
    if (!object) return undefined;
    return { file, object, module: modulePart, chdir: folder || undefined };
  }
  return undefined;
}

/** `python app.py`, `fastapi run main.py`, uwsgi's `--wsgi-file`: the file's first app. */
function fromFile(snap: Snap, start: EntryPoint): Resolved | undefined {
  const file = start.folders
    .map((f) => joinPath(f, start.target!))
    .find((f) => f.endsWith(".py") && !f.startsWith("..") && exists(snap, f));
  if (!file) return undefined;
  const object =
    start.program === "fastapi"
      ? appObjects(snap, file).find((o) => o.framework === "fastapi")
      : appObjects(snap, file)[0];
  if (!object) return undefined;
  const place = importPathOf(snap, file);
  if ("error" in place) return undefined;
  return { file, object, module: place.module, chdir: place.chdir };
}
