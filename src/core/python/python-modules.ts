// Where a Python file sits in the import system: the module name gunicorn loads and the folder
// it must start in. A module inside a package is loaded as `pkg.module` from the package's
// parent: changing into the package itself breaks its relative imports.
import { readModule, type ModuleFacts } from "./python-source.js";
import { baseName, dirOf, joinPath, PYTHON_IDENTIFIER } from "../detect/paths.js";
import type { AppSnapshot } from "../detect/snapshot.js";

type Snap = Pick<AppSnapshot, "files" | "listings">;

const parsed = new WeakMap<ReadonlyMap<string, string>, Map<string, ModuleFacts>>();

/** The parsed facts of a file that was read, parsed once per snapshot. */
export function factsOf(snap: Pick<AppSnapshot, "files">, file: string): ModuleFacts | undefined {
  const text = snap.files.get(file);
  if (text === undefined) return undefined;
  let cache = parsed.get(snap.files);
  if (!cache) parsed.set(snap.files, (cache = new Map()));
  let facts = cache.get(file);
  if (!facts) cache.set(file, (facts = readModule(text)));
  return facts;
}

export type ImportPath =
  { readonly module: string; readonly chdir: string | undefined } | { readonly error: string };

/**
 * `src/pkg/app.py` with `src/pkg/__init__.py` → `pkg.app` from `src`. A folder without
 * `__init__.py` still counts as a package when the file imports relatively from it (a
 * namespace package), or when the caller says so (a Django project's settings are imported
 * as `<project>.settings` from the root).
 */
const importPaths = new WeakMap<ReadonlyMap<string, unknown>, Map<string, ImportPath>>();

export function importPathOf(snap: Snap, file: string, minPackages = 0): ImportPath {
  let cache = importPaths.get(snap.listings);
  if (!cache) importPaths.set(snap.listings, (cache = new Map()));
  const key = `${minPackages}:${file}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = importPathFor(snap, file, minPackages)));
  return found;
}

function importPathFor(snap: Snap, file: string, minPackages: number): ImportPath {
  const parts = dirOf(file) === "" ? [] : dirOf(file).split("/");
  const levels = Math.min(
    parts.length,
    Math.max(packageDepth(snap, parts), relativeDepth(snap, file), minPackages),
  );
  const packages = parts.slice(parts.length - levels);
  const stem = baseName(file).replace(/\.py$/, "");
  const names = stem === "__init__" ? packages : [...packages, stem];
  const bad = names.find((n) => !PYTHON_IDENTIFIER.test(n));
  if (bad !== undefined || names.length === 0) {
    return {
      error: `${JSON.stringify(bad ?? file)} is not a valid Python module name (letters, digits and _ only, not starting with a digit), so ${file} cannot be imported as part of a module path`,
    };
  }
  const chdir = parts.slice(0, parts.length - levels).join("/");
  return { module: names.join("."), chdir: chdir || undefined };
}

/** How many folders up from the file hold an `__init__.py`, without a gap. */
function packageDepth(snap: Snap, parts: readonly string[]): number {
  let depth = 0;
  while (depth < parts.length) {
    const dir = parts.slice(0, parts.length - depth).join("/");
    if (!(snap.listings.get(dir) ?? []).includes("__init__.py")) break;
    depth++;
  }
  return depth;
}

/** `from .. import x` needs two package levels above the file. */
function relativeDepth(snap: Snap, file: string): number {
  const facts = factsOf(snap, file);
  if (!facts) return 0;
  return facts.imports.reduce((most, m) => Math.max(most, m.match(/^\.*/)![0].length), 0);
}

/** Whether the file's folder was listed and holds it: only those can be read. */
function listed(snap: Snap, file: string): boolean {
  return (
    (snap.listings.get(dirOf(file)) ?? []).includes(baseName(file)) ||
    !snap.listings.has(dirOf(file))
  );
}

/** The files a `from X import …` could come from, relative to the app root. */
export function moduleFiles(snap: Snap, fromFile: string, module: string): string[] {
  const dots = module.match(/^\.*/)![0].length;
  const rest = module.slice(dots).replaceAll(".", "/");
  let bases: string[];
  if (dots > 0) {
    let base = dirOf(fromFile);
    for (let i = 1; i < dots; i++) base = dirOf(base);
    bases = [base];
  } else {
    const home = importPathOf(snap, fromFile);
    bases = [...new Set(["chdir" in home && home.chdir ? home.chdir : "", ""])];
  }
  return bases.flatMap((base) =>
    rest === ""
      ? [joinPath(base, "__init__.py")]
      : [joinPath(base, `${rest}.py`), joinPath(base, rest, "__init__.py")],
  );
}

/**
 * The app's own files a module imports, at any level: `import a.b`, `from a import b` (where b
 * may be a module too), imports inside an app factory. Files outside the app root are left out.
 */
export function importTargets(snap: Snap, file: string): string[] {
  const facts = factsOf(snap, file);
  if (!facts) return [];
  const modules = new Set(facts.imports);
  // `from X import name` names a module only when X is a package (a folder of the app): from
  // a file, or from `os`, it names attributes, and 300,000 of them must not become 300,000 reads.
  const packages = new Map<string, boolean>();
  const isPackage = (module: string) => {
    let known = packages.get(module);
    if (known === undefined) {
      known = moduleFiles(snap, file, module).some(
        (p) => snap.listings.has(dirOf(p)) && p.endsWith("/__init__.py"),
      );
      packages.set(module, known);
    }
    return known;
  };
  for (const { module, name } of facts.fromImports) {
    if (name !== "*" && isPackage(module))
      modules.add(module.endsWith(".") ? module + name : `${module}.${name}`);
  }
  const out = new Set<string>();
  for (const module of modules) {
    for (const p of moduleFiles(snap, file, module))
      if (!p.startsWith("..") && listed(snap, p)) out.add(p);
  }
  return [...out];
}
