// Which paths the filesystem edge should read next. It lists folders first, then reads what
// `pathsToRead` asks for until nothing new is asked: imports and -r includes lead to more files.
import { PYPROJECT, requirementIncludes, SETUP_PY } from "./dependencies.js";
import { entryFiles, readEntryPoints, targetFiles } from "./entry-points.js";
import { joinPath } from "./paths.js";
import { appObjects } from "../python/app-object.js";
import { importTargets, moduleFiles } from "../python/python-modules.js";
import {
  APP_FILES,
  deepFolders,
  entries,
  exists,
  explicitModuleFiles,
  ROOT_FILES,
  searchFolders,
  type AppSnapshot,
} from "./snapshot.js";

/**
 * The next paths to read: the root's candidates and every subfolder's wsgi.py (Oryx looks for
 * Django there first), then the packages' candidates only while the root holds no app, plus
 * what imports and -r includes lead to. A root app means the packages need not be read at all,
 * which keeps a tree of thousands of folders cheap.
 */
export function pathsToRead(snap: AppSnapshot, appModule: string): string[] {
  const wanted = new Set<string>();
  for (const file of ROOT_FILES) if (exists(snap, file)) wanted.add(file);
  const candidates =
    appModule === "auto" ? [...APP_FILES, "__init__.py"] : explicitModuleFiles(appModule);
  const [root, ...folders] = searchFolders(snap);
  const add = (dir: string, files: readonly string[]) => {
    const names = new Set(files.filter((f) => !f.includes("/")));
    for (const name of entries(snap, dir)) {
      if (names.has(name)) wanted.add(dir === "" ? name : `${dir}/${name}`);
    }
    for (const file of files) {
      // Explicit modules name nested paths (pkg/mod.py), which no one listing holds.
      if (file.includes("/") && exists(snap, joinPath(dir, file))) wanted.add(joinPath(dir, file));
    }
  };
  add(root ?? "", candidates);
  const deep = appModule !== "auto" || !rootHasApp(snap);
  for (const dir of folders) add(dir, deep ? candidates : ["wsgi.py"]);
  if (appModule === "auto" && deep) for (const dir of deepFolders(snap)) add(dir, candidates);
  for (const file of [...entryFiles(snap), ...entryReads(snap)]) wanted.add(file);
  for (const [path, text] of snap.files) {
    if (path.endsWith(".txt")) for (const inc of requirementIncludes(text, path)) wanted.add(inc);
    if (path.endsWith(".py")) {
      for (const target of importTargets(snap, path)) wanted.add(target);
      for (const target of djangoTargets(snap, path, text)) wanted.add(target);
    }
  }
  const unread = new Set(snap.unread.map((u) => u.path));
  return [...wanted].filter((p) => !snap.files.has(p) && !unread.has(p));
}

/**
 * What the entry points lead to: the modules they start, the requirement files and projects
 * their boot-time installs name.
 */
function entryReads(snap: AppSnapshot): string[] {
  const { starts, installs } = readEntryPoints(snap);
  const modules = starts.flatMap((s) => targetFiles(s).map((t) => t.file));
  const installed = installs.flatMap((i) => [
    ...i.requirements,
    ...i.projects.flatMap((p) => [joinPath(p, PYPROJECT), joinPath(p, SETUP_PY)]),
  ]);
  return [...modules, ...installed].filter((p) => !p.startsWith("..") && exists(snap, p));
}

/**
 * Django names its modules in strings: the settings (DJANGO_SETTINGS_MODULE), the URL
 * configuration (ROOT_URLCONF) and included URL modules, which lead to the views.
 */
const DJANGO_MODULE_STRING =
  /(?:DJANGO_SETTINGS_MODULE["']\s*,|ROOT_URLCONF\s*=|\binclude\()\s*["']([A-Za-z_][\w.]*)["']/g;

function djangoTargets(snap: AppSnapshot, path: string, text: string): string[] {
  const modules = [...text.matchAll(DJANGO_MODULE_STRING)].map((m) => m[1]!);
  return modules.flatMap((m) => moduleFiles(snap, path, m)).filter((p) => !p.startsWith(".."));
}

/** Undecided until the root's candidates are read. */
function rootHasApp(snap: AppSnapshot): boolean {
  const unread = new Set(snap.unread.map((u) => u.path));
  const present = APP_FILES.filter((file) => exists(snap, file) && !unread.has(file));
  if (present.some((file) => !snap.files.has(file))) return true;
  return present.some((file) => appObjects(snap, file).length > 0);
}
