// The only filesystem reader: one snapshot of the app folder, taken once and handed to the pure
// checks. Folder listings first, then the files the checks ask for (core/snapshot.ts), with a
// bounded number of operations in flight so a huge tree costs time, not memory.
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { pathsToRead } from "../core/detect/scan-plan.js";
import { decodeText } from "../core/detect/text-decoding.js";
import {
  foldersToList,
  MAX_FILE_BYTES,
  MAX_READ_ROUNDS,
  type AppSnapshot,
  type UnreadFile,
} from "../core/detect/snapshot.js";

/** What one run reads in all: past either, files are left unread with a finding. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
export const MAX_FILES = 20_000;
/** Filesystem operations in flight at once. */
const CONCURRENCY = 16;
/** Entries kept from a listing: what the checks can use. */
const KEPT_ENTRY = /(\.py|\.txt|\.toml|\.cfg|\.lock|\.sh|^Procfile|^Dockerfile|^\.flaskenv)$/;

export class ScanError extends Error {
  override name = "ScanError";
}

export async function scanApp(root: string, appModule: string): Promise<AppSnapshot> {
  const absolute = path.resolve(root);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ScanError(
      `working-directory: ${JSON.stringify(root)} is not a folder (resolved to ${absolute})`,
    );
  }
  const rootFromRepo = path.relative(process.cwd(), absolute).split(path.sep).join("/");
  // Files may be read from anywhere in the repository (a -r ../requirements.txt), never outside.
  const fence = await realpath(rootFromRepo.startsWith("..") ? absolute : process.cwd());
  const listings = new Map<string, string[]>();
  const files = new Map<string, string>();
  const unread: UnreadFile[] = [];
  const name = path.basename(absolute);
  const snap: AppSnapshot = { root, name, rootFromRepo, listings, files, unread };

  listings.set("", await list(absolute));
  for (
    let todo = foldersToList(snap, appModule);
    todo.length > 0;
    todo = foldersToList(snap, appModule)
  ) {
    await inBatches(todo, async (dir) => listings.set(dir, await list(path.join(absolute, dir))));
  }
  const readInside = budgeted(fencedReader(fence));
  const tried = new Set<string>();
  for (let round = 0; round < MAX_READ_ROUNDS; round++) {
    const todo = pathsToRead(snap, appModule).filter((p) => !tried.has(p));
    if (todo.length === 0) break;
    for (const p of todo) tried.add(p);
    await inBatches(todo, async (rel) => {
      const result = await readInside(path.join(absolute, rel));
      if (typeof result === "string") files.set(rel, result);
      else if (result) unread.push({ path: rel, reason: result.reason });
    });
  }
  return snap;
}

async function list(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() || KEPT_ENTRY.test(e.name))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}

/** Reads files that stay inside `fence` (the repository), following no link out of it. */
function fencedReader(fence: string) {
  // One realpath per folder, not per file: thousands of packages cost thousands of calls.
  const realDirs = new Map<string, Promise<string | undefined>>();
  const realDir = (dir: string) => {
    let real = realDirs.get(dir);
    if (!real) realDirs.set(dir, (real = realpath(dir).catch(() => undefined)));
    return real;
  };
  // path.relative, not a prefix test: a fence of "/" (a job run from the root) holds everything.
  const inside = (p: string) => {
    const rel = path.relative(fence, p);
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  };
  /** The file's text; a reason when it is not read; undefined when it does not exist. */
  return async (file: string): Promise<string | { reason: UnreadFile["reason"] } | undefined> => {
    let info = await lstat(file).catch(() => undefined);
    if (!info) return undefined;
    let real: string | undefined;
    if (info.isSymbolicLink()) {
      real = await realpath(file).catch(() => undefined);
      info = real ? await stat(real).catch(() => undefined) : undefined;
      if (!real || !info) return undefined;
    } else {
      const dir = await realDir(path.dirname(file));
      if (!dir) return undefined;
      real = path.join(dir, path.basename(file));
    }
    if (!inside(real)) return { reason: "outside-repository" };
    if (!info.isFile()) return undefined;
    if (info.size > MAX_FILE_BYTES) return { reason: "too-large" };
    // Empty package markers (__init__.py) are common by the thousand: no need to open them.
    if (info.size === 0) return "";
    const bytes = await readFile(real).catch(() => undefined);
    if (!bytes) return { reason: "unreadable" };
    return decodeText(bytes) ?? { reason: "not-text" };
  };
}

type Reader = ReturnType<typeof fencedReader>;

/** The run's reading budget: bytes and files in all, so a hostile tree cannot exhaust memory. */
function budgeted(read: Reader): Reader {
  let bytes = 0;
  let files = 0;
  return async (file) => {
    if (bytes >= MAX_TOTAL_BYTES || files >= MAX_FILES) {
      return lstat(file).then(
        () => ({ reason: "budget" as const }),
        () => undefined,
      );
    }
    const result = await read(file);
    if (typeof result === "string") {
      bytes += result.length;
      files++;
    }
    return result;
  };
}

async function inBatches<T>(
  items: readonly T[],
  each: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await each(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
