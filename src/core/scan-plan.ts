// Which paths the filesystem edge should read next. It lists folders first, then reads what
// `pathsToRead` asks for until nothing new is asked: imports and -r includes lead to more files.
import { requirementIncludes } from "./dependencies.js";
import { joinPath } from "./paths.js";
import { importTargets } from "./python-modules.js";
import {
  APP_FILES,
  exists,
  explicitModuleFiles,
  ROOT_FILES,
  searchFolders,
  type AppSnapshot,
} from "./snapshot.js";

/** The next paths to read: what exists of the candidates, plus imports and includes. */
export function pathsToRead(snap: AppSnapshot, appModule: string): string[] {
  const wanted = new Set<string>();
  for (const file of ROOT_FILES) if (exists(snap, file)) wanted.add(file);
  for (const dir of searchFolders(snap)) {
    for (const file of [...APP_FILES, "__init__.py", ...explicitModuleFiles(appModule)]) {
      const path = joinPath(dir, file);
      if (exists(snap, path)) wanted.add(path);
    }
  }
  for (const [path, text] of snap.files) {
    if (path.endsWith(".txt")) for (const inc of requirementIncludes(text, path)) wanted.add(inc);
    if (path.endsWith(".py")) for (const target of importTargets(snap, path)) wanted.add(target);
  }
  const unread = new Set(snap.unread.map((u) => u.path));
  return [...wanted].filter((p) => !snap.files.has(p) && !unread.has(p));
}
