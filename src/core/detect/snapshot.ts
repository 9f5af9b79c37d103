// What the app folder holds, as read once by the filesystem edge: folder listings and the
// text of the files the checks asked for (scan-plan.ts says which).
import { PYPROJECT, REQUIREMENTS, SETUP_PY } from "./dependencies.js";
import { dirOf, joinPath } from "./paths.js";

/** Larger files are not read; a finding names them. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface UnreadFile {
  readonly path: string;
  readonly reason: "too-large" | "outside-repository" | "unreadable" | "budget" | "not-text";
}

export interface AppSnapshot {
  /** The app root as given by the user, for messages. */
  readonly root: string;
  /** The app folder's own name, for headlines ("." names nothing). */
  readonly name: string;
  /** The app root relative to the repository (process cwd), for annotations; "" for itself. */
  readonly rootFromRepo: string;
  /** Folder listings by path relative to the app root ("" is the root); folders end in "/". */
  readonly listings: ReadonlyMap<string, readonly string[]>;
  /** Text of every file read, by POSIX path relative to the app root. */
  readonly files: ReadonlyMap<string, string>;
  readonly unread: readonly UnreadFile[];
}

/** Files that may hold the app: Oryx's Flask and FastAPI candidates, and what people use. */
export const ORYX_FLASK_FILES = [
  "application.py",
  "app.py",
  "run.py",
  "index.py",
  "server.py",
  "wsgi.py",
];
/** Oryx's FastAPI candidates, in its order (microsoft/Oryx PR #2904). */
export const ORYX_FASTAPI_FILES = [
  "main.py",
  "app.py",
  "application.py",
  "server.py",
  "asgi.py",
  "api.py",
  "index.py",
  "run.py",
];
export const APP_FILES = [...new Set([...ORYX_FLASK_FILES, ...ORYX_FASTAPI_FILES, "startup.py"])];
/** Root files read for the build and the start-up (the manage.py marks a Django project). */
export const ROOT_FILES = [
  REQUIREMENTS,
  SETUP_PY,
  PYPROJECT,
  "manage.py",
  "gunicorn.conf.py",
  "startup.sh",
  "startup.txt",
  "entrypoint.sh",
  "Procfile",
];
/** Folders never searched for code. */
export const SKIPPED_FOLDERS = new Set(["node_modules", "__pycache__", "site-packages"]);
/** Past this many rounds of following imports and includes, stop: the chain is not the app. */
export const MAX_READ_ROUNDS = 32;

export function entries(snap: Pick<AppSnapshot, "listings">, dir: string): readonly string[] {
  return snap.listings.get(dir) ?? [];
}

export function exists(snap: Pick<AppSnapshot, "listings" | "files">, path: string): boolean {
  if (snap.files.has(path)) return true;
  const name = path.slice(path.lastIndexOf("/") + 1);
  return entries(snap, dirOf(path)).includes(name);
}

const codeFolderCache = new WeakMap<readonly string[], string[]>();

/** Subfolders of `dir` that may hold code: not hidden, not a virtualenv, not a cache. */
export function codeFolders(snap: Pick<AppSnapshot, "listings">, dir: string): string[] {
  const list = entries(snap, dir);
  const cached = codeFolderCache.get(list);
  if (cached) return cached;
  const found = list
    .filter((e) => e.endsWith("/"))
    .map((e) => e.slice(0, -1))
    .filter((name) => !name.startsWith(".") && !SKIPPED_FOLDERS.has(name))
    .map((name) => (dir === "" ? name : `${dir}/${name}`))
    .filter((path) => !isVirtualenv(snap, path))
    .sort();
  // A folder's listing is set once, so its code folders can be kept; venv checks need the
  // subfolders' listings, so only a complete answer is kept.
  if (found.every((p) => snap.listings.has(p))) codeFolderCache.set(list, found);
  return found;
}

/** Oryx skips virtualenvs when it looks for a Django project; they hold pyvenv.cfg. */
function isVirtualenv(snap: Pick<AppSnapshot, "listings">, dir: string): boolean {
  return entries(snap, dir).includes("pyvenv.cfg");
}

/**
 * A Django project one folder down (`site/manage.py` beside `site/mysite/`): the folders of
 * each root subfolder that holds a manage.py.
 */
export function nestedProjects(snap: Pick<AppSnapshot, "listings">): string[] {
  return codeFolders(snap, "")
    .filter((dir) => entries(snap, dir).includes("manage.py"))
    .flatMap((dir) => codeFolders(snap, dir));
}

/** How deep the search for an app goes below the root (`src/` not counted), and how wide. */
export const MAX_SEARCH_DEPTH = 4;
export const MAX_SEARCH_FOLDERS = 2000;

/** A folder's depth below the root; `src/` is a layout convention, not a level. */
export function searchDepth(dir: string): number {
  if (dir === "") return 0;
  const parts = dir.split("/");
  return parts[0] === "src" ? parts.length - 1 : parts.length;
}

/**
 * Every code folder down to MAX_SEARCH_DEPTH, breadth first, at most MAX_SEARCH_FOLDERS:
 * where an app may live when the usual places hold none.
 */
export function deepFolders(snap: Pick<AppSnapshot, "listings">): string[] {
  const found: string[] = [];
  let level = [""];
  while (level.length > 0 && found.length < MAX_SEARCH_FOLDERS) {
    const next = level
      .filter((dir) => snap.listings.has(dir))
      .flatMap((dir) => codeFolders(snap, dir))
      .filter((dir) => searchDepth(dir) <= MAX_SEARCH_DEPTH || dir === "src");
    found.push(...next.slice(0, MAX_SEARCH_FOLDERS - found.length));
    level = next;
  }
  return found;
}

/** Folders searched for the app: the root's subfolders, and one level into `src/`. */
export function foldersToList(snap: Pick<AppSnapshot, "listings">, appModule = "auto"): string[] {
  // A copy: codeFolders() keeps its answers, which must not grow with what is added here.
  const wanted = [...codeFolders(snap, ""), ...nestedProjects(snap)];
  if (appModule === "auto") wanted.push(...deepFolders(snap));
  if (snap.listings.has("src")) wanted.push(...codeFolders(snap, "src"));
  // An explicit module names its packages (pkg.web:app → pkg/, pkg/web/), however deep.
  for (const dir of ["", ...wanted]) wanted.push(...packageFolders(dir, appModule));
  return [...new Set(wanted)].filter((dir) => !snap.listings.has(dir));
}

/** `folder/pkg.web:app` → the folder and the module, split at the last slash. */
export function splitAppModule(appModule: string): { folder: string; module: string } {
  const slash = appModule.lastIndexOf("/");
  if (slash < 0) return { folder: "", module: appModule };
  return { folder: appModule.slice(0, slash), module: appModule.slice(slash + 1) };
}

function packageFolders(dir: string, appModule: string): string[] {
  if (appModule === "auto") return [];
  const { folder, module } = splitAppModule(appModule);
  const parts = [...(folder ? folder.split("/") : []), ...module.split(":")[0]!.split(".")];
  return parts.map((_, i) => joinPath(dir, parts.slice(0, i + 1).join("/")));
}

/** Where the app may live: the root, its code folders, and `src/`'s packages. */
export function searchFolders(snap: Pick<AppSnapshot, "listings">): string[] {
  const dirs = ["", ...codeFolders(snap, ""), ...nestedProjects(snap)];
  if (snap.listings.has("src")) dirs.push(...codeFolders(snap, "src"));
  return dirs.filter((d) => snap.listings.has(d));
}

/** `pkg.mod:x` → the files that could hold `pkg.mod`, relative to a search folder. */
export function explicitModuleFiles(appModule: string): string[] {
  if (appModule === "auto") return [];
  const { folder, module } = splitAppModule(appModule);
  const base = joinPath(folder, module.split(":")[0]!.replaceAll(".", "/"));
  return [`${base}.py`, `${base}/__init__.py`];
}

/** Where a path of the app folder is for annotations: relative to the repository. */
export function repoLocation(
  snap: Pick<AppSnapshot, "rootFromRepo">,
  rel: string,
  line?: number,
): { file: string; line?: number } {
  const file = snap.rootFromRepo === "" ? rel : joinPath(snap.rootFromRepo, rel);
  return line === undefined ? { file } : { file, line };
}
