// Finds the app the way App Service's Oryx does (a Django project first, then FastAPI, then
// Flask), and goes further where Oryx guesses: the object under any name, factories, packages
// with relative imports, `src/` layouts.
import { appObjects, type AppObject } from "../python/app-object.js";
import type { Finding } from "../report/findings.js";
import { importPathOf } from "../python/python-modules.js";
import { joinPath } from "./paths.js";
import {
  codeFolders,
  exists,
  nestedProjects,
  ORYX_FASTAPI_FILES,
  ORYX_FLASK_FILES,
  APP_FILES,
  searchFolders,
  type AppSnapshot,
} from "./snapshot.js";

export interface Located {
  readonly file: string;
  readonly module: string;
  readonly chdir: string | undefined;
  /** The name gunicorn looks up; `factory` says it is called first. */
  readonly callable: string;
  readonly factory: boolean;
  /** Undefined when the file's object could not be recognised. */
  readonly object: AppObject | undefined;
  readonly findings: readonly Finding[];
}

export type At = (rel: string, line?: number) => Pick<Finding, "file" | "line">;
export type Detection = Located | { readonly error: Finding; readonly notices: Finding[] };

export function detect(snap: AppSnapshot, at: At): Detection {
  const notices: Finding[] = [];
  const django = djangoProject(snap, at, notices);
  if (django) return django;
  for (const dir of searchFolders(snap)) {
    const hit = appIn(snap, dir, at, notices);
    if (!hit) continue;
    if (dir === "") return { ...hit, findings: [...hit.findings, ...notices] };
    const note: Finding = {
      level: "notice",
      message: `Found the app in ${hit.file}. App Service looks only at the app root, so it would not find it by itself; the startup command ${hit.chdir ? `starts in ${hit.chdir} with --chdir and ` : ""}loads ${hit.module}.`,
      ...at(hit.file, hit.object?.line),
    };
    return { ...hit, findings: [...hit.findings, note, ...notices] };
  }
  const oryxGuess = ORYX_FLASK_FILES.find((f) => exists(snap, f));
  if (oryxGuess) return guessed(oryxGuess, at, notices);
  return {
    error: {
      level: "error",
      message: `No app found in ${snap.name}/: looked for a Django project (<project>/wsgi.py), and for a Flask, FastAPI, Starlette, Quart or Litestar app object in ${APP_FILES.join(", ")} at the root, in its packages and under src/. Set app-module (e.g. app:app) or working-directory to the folder you deploy.`,
    },
    notices,
  };
}

/** Oryx: the first direct subfolder (virtualenvs skipped) that holds wsgi.py. */
function djangoProject(snap: AppSnapshot, at: At, notices: Finding[]): Located | undefined {
  for (const dir of [...codeFolders(snap, ""), ...nestedProjects(snap)]) {
    const wsgi = joinPath(dir, "wsgi.py");
    if (!exists(snap, wsgi)) continue;
    const objects = appObjects(snap, wsgi);
    // A folder with a wsgi.py that is not Django (a Flask app's entry) is for the next steps.
    if (objects.length > 0 && objects[0]!.framework !== "django") continue;
    const place = importPathOf(snap, wsgi, 1);
    if ("error" in place) {
      notices.push(skipped(wsgi, place.error, at));
      continue;
    }
    const object = objects.find((o) => o.name === "application");
    // Oryx looks only one folder down: a project below that is found here, not by App Service.
    const nested = place.chdir
      ? [
          {
            level: "notice" as const,
            message: `Found the Django project in ${place.chdir}/ (${place.chdir}/manage.py). App Service looks only at the app root, so it would not find it by itself; the startup command starts in ${place.chdir} with --chdir and loads ${place.module}.`,
            ...at(wsgi),
          },
        ]
      : [];
    return {
      file: wsgi,
      module: place.module,
      chdir: place.chdir,
      callable: "application",
      factory: false,
      object,
      findings: nested,
    };
  }
  return undefined;
}

/** In one folder: FastAPI in Oryx's FastAPI order, then Oryx's Flask order, then the rest. */
function appIn(snap: AppSnapshot, dir: string, at: At, notices: Finding[]): Located | undefined {
  const files = [...ORYX_FASTAPI_FILES, ...ORYX_FLASK_FILES, ...APP_FILES, "__init__.py"]
    .map((f) => joinPath(dir, f))
    .filter((f, i, all) => all.indexOf(f) === i && snap.files.has(f));
  const candidates = files.flatMap((file) => {
    const object = appObjects(snap, file)[0];
    return object ? [{ file, object }] : [];
  });
  const pick =
    candidates.find((c) => c.object.framework === "fastapi") ??
    candidates.find((c) => c.object.framework === "flask") ??
    candidates[0];
  if (!pick) return undefined;
  const place = importPathOf(snap, pick.file);
  if ("error" in place) {
    notices.push(skipped(pick.file, place.error, at));
    return undefined;
  }
  return {
    file: pick.file,
    module: place.module,
    chdir: place.chdir,
    callable: pick.object.name,
    factory: pick.object.factory,
    object: pick.object,
    findings: pick.object.factory ? [factoryNotice(pick.file, place.module, pick.object, at)] : [],
  };
}

/** Nothing recognisable: start `<file>:app` as Oryx would, and say that it is a guess. */
function guessed(file: string, at: At, notices: Finding[]): Located {
  const stem = file.replace(/\.py$/, "");
  return {
    file,
    module: stem,
    chdir: undefined,
    callable: "app",
    factory: false,
    object: undefined,
    findings: [
      ...notices,
      {
        level: "warning",
        message: `${file} binds no app object gunicorn-tuner recognises (Flask, FastAPI, Starlette, Quart, Litestar, Django), so this is App Service's own guess, ${stem}:app, served as a WSGI app. Set app-module if the app lives elsewhere.`,
        ...at(file),
      },
    ],
  };
}

function factoryNotice(file: string, module: string, object: AppObject, at: At): Finding {
  return {
    level: "notice",
    message: `${file} has no module-level app, only the factory ${object.name}(). App Service on its own would start ${module}:app and fail; the startup command calls ${module}:${object.name}() instead.`,
    ...at(file, object.line),
  };
}

function skipped(file: string, why: string, at: At): Finding {
  return {
    level: "notice",
    message: `Skipped ${file}: ${why}. App Service's own detection would fail on it too; rename it, or set app-module and working-directory.`,
    ...at(file),
  };
}
