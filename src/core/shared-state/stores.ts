// Module-level dicts, lists, sets and counters that request handlers change: each worker
// process has its own copy. Only handlers count (route functions, Django views, class-based
// view methods, Socket.IO events): a helper that fills a memo at import or per process is fine,
// and a constant that handlers only read is the same in every worker.
import type { SyntaxNode } from "@lezer/common";
import type { Hazard } from "./kinds.js";
import { children, walk } from "../python/python-nodes.js";
import { importTimeStatements, type PythonTree } from "./python-tree.js";

const CONTAINER_LITERALS = new Set([
  "DictionaryExpression",
  "ArrayExpression",
  "SetExpression",
  "DictionaryComprehensionExpression",
  "ArrayComprehensionExpression",
  "SetComprehensionExpression",
]);
const CONTAINER_CALLS = new Set([
  "dict",
  "list",
  "set",
  "collections.defaultdict",
  "collections.OrderedDict",
  "collections.Counter",
  "collections.deque",
]);
const MUTATORS = new Set([
  "append",
  "appendleft",
  "extend",
  "insert",
  "add",
  "update",
  "setdefault",
  "pop",
  "popleft",
  "popitem",
  "remove",
  "discard",
  "clear",
]);
const HANDLER_DECORATOR =
  /^@[\w.]+\.(route|get|post|put|patch|delete|head|options|api_route|websocket|websocket_route|on|event)\b/;
const TARGET_OPS: Readonly<Record<string, string>> = {
  AssignStatement: "AssignOp",
  UpdateStatement: "UpdateOp",
  DeleteStatement: "del",
};
const VIEW_METHODS = new Set(["get", "post", "put", "patch", "delete", "dispatch_request"]);

export interface Store {
  readonly line: number;
  /** A dict, list, set or the like, which a handler can change in place. */
  readonly container: boolean;
}

/** A module's top-level names that a handler could change: name → where it is made. */
export function moduleStores(tree: PythonTree): Map<string, Store> {
  const stores = new Map<string, Store>();
  for (const s of importTimeStatements(tree)) {
    if (s.name !== "AssignStatement") continue;
    const parts = children(s);
    const [target, op, value] = parts;
    if (parts.length !== 3 || target?.name !== "VariableName" || op?.name !== "AssignOp") continue;
    stores.set(tree.text(target), { line: tree.line(s), container: isContainer(tree, value!) });
  }
  return stores;
}

function isContainer(tree: PythonTree, value: SyntaxNode): boolean {
  if (CONTAINER_LITERALS.has(value.name)) return true;
  return value.name === "CallExpression" && CONTAINER_CALLS.has(tree.callee(value));
}

/**
 * Handlers that change a store: `resolve` says whether a name used in this file (`CARTS`, or
 * `state.CARTS` for a module's attribute) is a store of the app's own modules, and where.
 */
export function handlerWrites(
  tree: PythonTree,
  resolve: (name: string) => (Store & { file: string; name: string }) | undefined,
): Hazard[] {
  const found = new Map<string, Hazard>();
  for (const def of handlers(tree)) {
    const body = def.getChild("Body");
    if (!body) continue;
    const globals = declaredGlobal(tree, body);
    const locals = localNames(tree, def, globals);
    walk(body, (n) => {
      const write = writtenName(tree, n, globals);
      if (!write || locals.has(write.name.split(".")[0]!) || found.has(write.name)) return;
      const store = resolve(write.name);
      // Rebinding with `global` changes any module-level name; in place, only containers.
      if (!store || (write.how === "in place" && !store.container)) return;
      const at =
        store.file === tree.file ? `line ${store.line}` : `${store.file} line ${store.line}`;
      found.set(write.name, {
        kind: "store",
        file: tree.file,
        line: tree.line(n),
        what: `changes the module-level ${store.name} (${at}) in the handler ${nameOf(tree, def)}()`,
      });
    });
  }
  return [...found.values()];
}

/** The module-level name a statement or call writes to, and how. */
function writtenName(
  tree: PythonTree,
  n: SyntaxNode,
  globals: ReadonlySet<string>,
): { name: string; how: "rebound" | "in place" } | undefined {
  if (TARGET_OPS[n.name] !== undefined) {
    const parts = children(n);
    // Targets stand before the last operator (`a = b = {}`); `del` has them after its keyword.
    const op = TARGET_OPS[n.name]!;
    const targets =
      op === "del" ? parts.slice(1) : parts.slice(0, parts.map((c) => c.name).lastIndexOf(op));
    for (const target of targets) {
      const text = tree.text(target);
      if (target.name === "VariableName" && globals.has(text))
        return { name: text, how: "rebound" };
      const root =
        target.name === "MemberExpression" && target.getChild("[") && rootName(tree, target);
      if (root) return { name: root, how: "in place" };
    }
    return undefined;
  }
  if (n.name !== "CallExpression") return undefined;
  const member = n.firstChild;
  const method = member?.name === "MemberExpression" ? member.getChild("PropertyName") : null;
  if (!method || !MUTATORS.has(tree.text(method))) return undefined;
  const root = rootName(tree, member!.firstChild!);
  return root ? { name: root, how: "in place" } : undefined;
}

/** `carts[a].items.append` → `carts.items`: the root name and the attribute read from it. */
function rootName(tree: PythonTree, node: SyntaxNode): string | undefined {
  let n: SyntaxNode | null = node;
  while (n && n.name !== "VariableName") n = n.firstChild;
  if (!n) return undefined;
  const attribute = n.nextSibling?.name === "." ? n.nextSibling.nextSibling : null;
  const root = tree.text(n);
  return attribute?.name === "PropertyName" ? `${root}.${tree.text(attribute)}` : root;
}

function declaredGlobal(tree: PythonTree, body: SyntaxNode): Set<string> {
  const names = new Set<string>();
  walk(body, (n) => {
    if (n.name === "ScopeStatement" && n.firstChild?.name === "global")
      for (const v of n.getChildren("VariableName")) names.add(tree.text(v));
  });
  return names;
}

/** Parameters and names the function binds itself: they hide a module-level name. */
function localNames(tree: PythonTree, def: SyntaxNode, globals: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const p of def.getChild("ParamList")?.getChildren("VariableName") ?? [])
    names.add(tree.text(p));
  walk(def.getChild("Body") ?? def, (n) => {
    if (n.name !== "AssignStatement" && n.name !== "ForStatement") return;
    const first = n.name === "ForStatement" ? n.getChild("VariableName") : n.firstChild;
    if (first?.name === "VariableName" && !globals.has(tree.text(first)))
      names.add(tree.text(first));
  });
  return names;
}

/** Functions that serve requests. */
export function handlers(tree: PythonTree): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const isViews = /(^|\/)views(\.py$|\/)/.test(tree.file);
  walk(tree.top, (n) => {
    if (n.name === "DecoratedStatement") {
      const def = n.getChild("FunctionDefinition");
      const routed = n.getChildren("Decorator").some((d) => HANDLER_DECORATOR.test(tree.text(d)));
      if (def && routed) out.push(def);
    } else if (n.name === "FunctionDefinition") {
      const holder = n.parent?.name === "DecoratedStatement" ? n.parent.parent : n.parent;
      const inClass = holder?.name === "Body" && holder.parent?.name === "ClassDefinition";
      if (inClass && VIEW_METHODS.has(nameOf(tree, n))) out.push(n);
      else if (isViews && holder?.name === "Script") out.push(n);
    }
  });
  return [...new Map(out.map((d) => [d.from, d])).values()];
}

function nameOf(tree: PythonTree, def: SyntaxNode): string {
  const name = def.getChild("VariableName");
  return name ? tree.text(name) : "";
}
