// The only filesystem reader of the core: one snapshot of the app folder, taken once and
// handed to the pure layout checks.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { FLASK_CANDIDATES, moduleFileCandidates, REQUIREMENTS } from "../core/layout.js";

export interface AppSnapshot {
  /** The app root as given by the user, for messages. */
  readonly root: string;
  /** The app root relative to the repository (process cwd), for annotations; "" for itself. */
  readonly rootFromRepo: string;
  /** Direct subfolders that may hold app code, sorted (virtualenvs and hidden folders left out). */
  readonly subdirs: readonly string[];
  /** Text of every file read, by path relative to the app root (POSIX separators). */
  readonly files: ReadonlyMap<string, string>;
}

const MAX_FILE_BYTES = 1024 * 1024;
const SKIPPED_DIRS = new Set(["node_modules", "__pycache__", "site-packages"]);

export class ScanError extends Error {
  override name = "ScanError";
}

/** Reads what the layout checks need: Oryx's candidates at the root and one level down. */
export async function scanApp(root: string, appModule: string): Promise<AppSnapshot> {
  const absolute = path.resolve(root);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ScanError(
      `working-directory: ${JSON.stringify(root)} is not a folder (resolved to ${absolute})`,
    );
  }
  const subdirs = await codeSubdirs(absolute);
  const wanted = new Set<string>([
    REQUIREMENTS,
    "manage.py",
    "pyproject.toml",
    ...FLASK_CANDIDATES,
  ]);
  const moduleFiles = appModule === "auto" ? [] : moduleFileCandidates(appModule);
  for (const file of moduleFiles) wanted.add(file);
  for (const dir of subdirs) {
    for (const file of ["wsgi.py", REQUIREMENTS, ...FLASK_CANDIDATES, ...moduleFiles]) {
      wanted.add(`${dir}/${file}`);
    }
  }
  const files = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async (rel) => {
      const text = await readSmallText(path.join(absolute, rel));
      if (text !== undefined) files.set(rel, text);
    }),
  );
  const rootFromRepo = path.relative(process.cwd(), absolute).split(path.sep).join("/");
  return { root, rootFromRepo, subdirs, files };
}

async function codeSubdirs(absolute: string): Promise<string[]> {
  const entries = await readdir(absolute, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !SKIPPED_DIRS.has(e.name))
    .map((e) => e.name)
    .sort();
  // Oryx skips virtualenvs when it looks for a Django project; they hold pyvenv.cfg.
  const isVenv = await Promise.all(
    dirs.map((d) =>
      stat(path.join(absolute, d, "pyvenv.cfg")).then(
        () => true,
        () => false,
      ),
    ),
  );
  return dirs.filter((_, i) => !isVenv[i]);
}

async function readSmallText(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_FILE_BYTES) return undefined;
  return readFile(file, "utf8");
}
