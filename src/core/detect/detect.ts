// Finds the app the way App Service's Oryx does (a Django project first, then FastAPI, then
// Flask), and goes further where Oryx guesses: the object under any name, factories, packages
// with relative imports, `src/` layouts.
import { appObjects, FRAMEWORK_TITLES, type AppObject } from "../python/app-object.js";
import type { EntryPoint } from "./entry-points.js";
import type { At, Located } from "./located.js";
import { entryNotices } from "./entry-notices.js";
import { namedEntry } from "./named-entry.js";
import type { Finding } from "../report/findings.js";
import { importPathOf } from "../python/python-modules.js";
import { baseName, joinPath } from "./paths.js";
import {
  codeFolders,
  deepFolders,
  exists,
  MAX_SEARCH_DEPTH,
  nestedProjects,
  ORYX_FASTAPI_FILES,
  ORYX_FLASK_FILES,
  APP_FILES,
  searchDepth,
  searchFolders,
  type AppSnapshot,
} from "./snapshot.js";

export type { At, Located };

export type Detection = Located | { readonly error: Finding; readonly notices: Finding[] };

/** `starts`: how the repository itself starts the app (entry-points.ts). */
export function detect(snap: AppSnapshot, at: At, starts: readonly EntryPoint[]): Detection {
  const notices: Finding[] = [];
  const named = namedEntry(snap, starts, at);
  const found = named?.located ?? searched(snap, at, notices);
  const spec = found && `${found.module}:${found.callable}${found.factory ? "()" : ""}`;
  const entries = entryNotices(
    starts.filter((s) => s !== named?.start),
    spec,
    at,
  );
  if (found) return { ...found, findings: [...found.findings, ...notices, ...entries] };
  const oryxGuess = ORYX_FLASK_FILES.find((f) => exists(snap, f));
  if (oryxGuess) return guessed(oryxGuess, at, [...notices, ...entries]);
  return {
    error: {
      level: "error",
      message: `No app found in ${snap.name}/: looked for a Django project (<project>/wsgi.py), and for a Flask, FastAPI, Starlette, Quart or Litestar app object in ${APP_FILES.join(", ")} at the root and in folders up to ${MAX_SEARCH_DEPTH} levels down. Set app-module (e.g. app:app) or working-directory to the folder you deploy.`,
    },
    notices: [...notices, ...entries],
  };
}

/** Folders that hold tests, examples or tooling: searched last. */
const SIDE_FOLDER =
  /(^|\/)(tests?|testing|docs?|examples?|samples?|demos?|scripts|tools|benchmarks?|migrations|fixtures)(\/|$)/;

/**
 * Oryx's order first (a Django project one folder down, then the root), then the folders App
 * Service would not look in, shallowest first, tests and examples last.
 */
function searched(snap: AppSnapshot, at: At, notices: Finding[]): Located | undefined {
  const django = djangoProject(snap, at, notices);
  if (django) return django;
  const usual = searchFolders(snap);
  const deeper = deepFolders(snap)
    .filter((d) => snap.listings.has(d) && !usual.includes(d))
    .sort((a, b) => searchDepth(a) - searchDepth(b) || a.localeCompare(b));
  const ordered = [...usual, ...deeper].sort((a, b) => side(a) - side(b));
  const hits: Located[] = [];
  for (const dir of ordered) {
    const hit = appIn(snap, dir, at, hits.length === 0 ? notices : []);
    if (hit) hits.push(hit);
    if (hits.length > MAX_LISTED) break;
  }
  const [pick, ...others] = hits;
  if (!pick) return undefined;
  const also = others.length > 0 ? [alsoFound(pick, others, at)] : [];
  if (pick.file === baseName(pick.file)) return { ...pick, findings: [...pick.findings, ...also] };
  const note: Finding = {
    level: "notice",
    message: `Found the app in ${pick.file}. App Service looks only at the app root, so it would not find it by itself; the startup command ${pick.chdir ? `starts in ${pick.chdir} with --chdir and ` : ""}loads ${pick.module}.`,
    ...at(pick.file, pick.object?.line),
  };
  return { ...pick, findings: [...pick.findings, note, ...also] };
}

const MAX_LISTED = 5;
const side = (dir: string) => (SIDE_FOLDER.test(dir) ? 1 : 0);

function alsoFound(pick: Located, others: readonly Located[], at: At): Finding {
  const list = others
    .slice(0, MAX_LISTED)
    .map((o) => `${o.file} (${o.object ? FRAMEWORK_TITLES[o.object.framework] : "app"})`)
    .join(", ");
  return {
    level: "notice",
    message: `Also found ${list}. ${pick.file} was chosen: App Service's own places come first, then the shallowest folder, with tests and examples last. Set app-module to serve another.`,
    ...at(pick.file, pick.object?.line),
  };
}

/** Oryx: the first direct subfolder (virtualenvs skipped) that holds wsgi.py. */
function djangoProject(snap: AppSnapshot, at: At, notices: Finding[]): Located | undefined {
  for (const dir of [...codeFolders(snap, ""), ...nestedProjects(snap)]) {
    // A project served only over ASGI has asgi.py, or an asgi/ package, and no wsgi.py.
    const wsgi = ["wsgi.py", "asgi.py", "asgi/__init__.py"]
      .map((f) => joinPath(dir, f))
      .find((f) => exists(snap, f));
    if (!wsgi) continue;
    const objects = appObjects(snap, wsgi);
    // A folder with a wsgi.py that is not Django (a Flask app's entry) is for the next steps.
    if (objects.length > 0 && objects[0]!.framework !== "django") continue;
    if (!wsgi.endsWith("wsgi.py") && objects[0]?.framework !== "django") continue;
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
