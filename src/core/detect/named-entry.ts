// The app the repository's own entry points name (entry-points.ts), when that module really
// holds an app object: the authors' choice beats a guess from file names.
import { appObjects, type AppObject } from "../python/app-object.js";
import { importPathOf } from "../python/python-modules.js";
import type { Finding } from "../report/findings.js";
import type { At, Located } from "./located.js";
import { namesFile, targetFiles, type EntryPoint } from "./entry-points.js";
import { howRead } from "./entry-notices.js";
import { exists, type AppSnapshot } from "./snapshot.js";

type Snap = Pick<AppSnapshot, "files" | "listings">;

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
  const [module, named] = (start.target ?? "").split(":");
  const wanted = named?.replace(/\(.*\)$/, "");
  for (const { folder, file } of targetFiles(start)) {
    if (!exists(snap, file)) continue;
    const objects = appObjects(snap, file);
    if (namesFile(start)) {
      // `python app.py`, `fastapi run main.py`, uwsgi's `--wsgi-file`: the file's first app.
      const object =
        start.program === "fastapi" ? objects.find((o) => o.framework === "fastapi") : objects[0];
      const place = importPathOf(snap, file);
      if (!object || "error" in place) return undefined;
      return { file, object, module: place.module, chdir: place.chdir };
    }
    // Flask's FLASK_APP and uvicorn name the object; gunicorn and uwsgi default to application.
    const object = wanted
      ? objects.find((o) => o.name === wanted)
      : start.program === "flask"
        ? objects[0]
        : objects.find((o) => o.name === DEFAULT_CALLABLE);
    return object && { file, object, module: module!, chdir: folder || undefined };
  }
  return undefined;
}
