// Finds what several worker processes would split or repeat, in the app's own Python files as
// the snapshot read them (the app module and what it imports, the Django settings and views).
// Read with the parser, never run.
import { moduleFiles } from "../python/python-modules.js";
import type { AppSnapshot } from "../detect/snapshot.js";
import { connectionPools, sqliteUses } from "./databases.js";
import { extensionHazards } from "./extensions.js";
import type { SharedState } from "./kinds.js";
import { appTrees, type PythonTree } from "./python-tree.js";
import { collectSettings } from "./settings.js";
import { startedPerWorker } from "./start-up.js";
import { handlerWrites, moduleStores } from "./stores.js";

export function findSharedState(snap: Pick<AppSnapshot, "files" | "listings">): SharedState {
  const trees = appTrees(snap.files);
  const byFile = new Map(trees.map((t) => [t.file, t]));
  const stores = new Map(trees.map((t) => [t.file, moduleStores(t)]));
  /** A container named `module:name` in the app's files, if there is one. */
  const storeIn = (from: string, module: string, name: string) => {
    for (const file of moduleFiles(snap, from, module)) {
      const store = byFile.has(file) ? stores.get(file)?.get(name) : undefined;
      // Only containers travel: `global` cannot rebind another module's name.
      if (store?.container) return { ...store, file };
    }
    return undefined;
  };
  const resolve = (tree: PythonTree) => (dotted: string) => {
    const [head, attribute] = dotted.split(".") as [string, string | undefined];
    const own = stores.get(tree.file)?.get(head);
    if (own) return { ...own, file: tree.file, name: head };
    const origin = tree.imported.get(head);
    if (!origin) return undefined;
    // `from .state import CARTS`, or `import state` / `from . import state` and `state.CARTS`.
    const dot = origin.lastIndexOf(".");
    const named =
      dot >= 0 ? storeIn(tree.file, origin.slice(0, dot) || ".", origin.slice(dot + 1)) : undefined;
    if (named) return { ...named, name: head };
    const inModule = attribute ? storeIn(tree.file, origin, attribute) : undefined;
    return inModule && { ...inModule, name: `${head}.${attribute}` };
  };
  const settings = collectSettings(trees);
  const sqlite = sqliteUses(trees, settings);
  return {
    hazards: [
      ...trees.flatMap((t) => startedPerWorker(t)),
      ...trees.flatMap((t) => handlerWrites(t, resolve(t))),
      ...extensionHazards(trees, settings),
    ],
    sqlite,
    // A SQLite file has no connection limit to count against.
    pools: sqlite.length > 0 ? [] : connectionPools(trees, settings),
  };
}
