// Settings the app gives its framework and extensions, wherever they are written: Django's
// settings module, Flask's `app.config[...]`, `config.update(KEY=...)`, a config class's
// attributes, or a dict passed to an extension (`Cache(config={"CACHE_TYPE": ...})`).
import type { SyntaxNode } from "@lezer/common";
import { children, walk } from "../python/python-nodes.js";
import { type PythonTree } from "./python-tree.js";

export interface Setting {
  readonly file: string;
  readonly line: number;
  /** The value's node, for dicts; `text` is its string value when it is a plain string. */
  readonly node: SyntaxNode;
  readonly tree: PythonTree;
  readonly text: string | undefined;
}

export type Settings = ReadonlyMap<string, readonly Setting[]>;

/** Only upper-case names are settings in Django and Flask alike. */
const SETTING_NAME = /^[A-Z][A-Z0-9_]*$/;

export function collectSettings(trees: readonly PythonTree[]): Settings {
  const out = new Map<string, Setting[]>();
  const add = (tree: PythonTree, key: string, node: SyntaxNode) => {
    if (!SETTING_NAME.test(key)) return;
    const list = out.get(key) ?? [];
    list.push({ file: tree.file, line: tree.line(node), node, tree, text: tree.stringValue(node) });
    out.set(key, list);
  };
  for (const tree of trees) {
    walk(tree.top, (n) => {
      if (n.name === "AssignStatement") {
        const parts = children(n);
        const value = parts[parts.length - 1]!;
        for (const target of parts.slice(0, -2)) {
          if (target.name === "VariableName") add(tree, tree.text(target), value);
          const key = target.name === "MemberExpression" ? subscriptKey(tree, target) : undefined;
          if (key) add(tree, key, value);
        }
      } else if (n.name === "DictionaryExpression") {
        for (const [key, value] of dictEntries(tree, n)) add(tree, key, value);
      } else if (n.name === "CallExpression") {
        for (const [key, value] of tree.keywords(n)) add(tree, key, value);
      }
    });
  }
  return out;
}

/** `app.config["KEY"]` → KEY. */
function subscriptKey(tree: PythonTree, target: SyntaxNode): string | undefined {
  if (!target.getChild("[")) return undefined;
  return tree.stringValue(target.getChild("String"));
}

/** A dict literal's entries whose keys are plain strings. */
export function dictEntries(tree: PythonTree, dict: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const parts = children(dict);
  for (let i = 0; i + 2 < parts.length; i++) {
    if (parts[i + 1]!.name !== ":") continue;
    const key = tree.stringValue(parts[i]);
    if (key !== undefined) out.set(key, parts[i + 2]!);
  }
  return out;
}

/** The last plain-string value given to a setting, if every value given is known. */
export function stringSetting(settings: Settings, key: string): Setting | undefined {
  const list = settings.get(key);
  const last = list?.[list.length - 1];
  return last?.text !== undefined ? last : undefined;
}
