// A parsed Python file for the shared-state checks: the syntax tree with the small questions they
// ask of it (text, line, what a call's callee and keywords are, what a name was imported as).
import type { SyntaxNode } from "@lezer/common";
import { parser } from "@lezer/python";
import { children, Lines, walk } from "../python/python-nodes.js";

export class PythonTree {
  readonly top: SyntaxNode;
  /** Local name → dotted origin (`BackgroundScheduler` → `apscheduler.schedulers.background.BackgroundScheduler`). */
  readonly imported = new Map<string, string>();
  private readonly lines: Lines;

  constructor(
    readonly file: string,
    private readonly source: string,
  ) {
    this.lines = new Lines(source);
    this.top = parser.parse(source).topNode;
    // Imports anywhere count: an app factory often imports its extensions inside the function.
    walk(this.top, (n) => {
      if (n.name === "ImportStatement") this.readImport(n);
    });
  }

  text(node: SyntaxNode): string {
    return this.source.slice(node.from, node.to);
  }

  line(node: SyntaxNode): number {
    return this.lines.of(node);
  }

  /** A dotted callee or name with its head resolved through the file's imports. */
  qualified(dotted: string): string {
    const [head, ...rest] = dotted.split(".");
    const origin = this.imported.get(head!);
    return origin ? [origin, ...rest].join(".") : dotted;
  }

  /** The resolved callee of a call, e.g. `threading.Thread` for `Thread(...)`. */
  callee(call: SyntaxNode): string {
    const callee = call.firstChild;
    if (!callee || (callee.name !== "VariableName" && callee.name !== "MemberExpression"))
      return "";
    return this.qualified(this.text(callee).replace(/\s+/g, ""));
  }

  /** `name=value` arguments of a call, by name. */
  keywords(call: SyntaxNode): Map<string, SyntaxNode> {
    const out = new Map<string, SyntaxNode>();
    const args = call.getChild("ArgList");
    for (let c = args?.firstChild; c; c = c.nextSibling) {
      if (
        c.name === "VariableName" &&
        c.nextSibling?.name === "AssignOp" &&
        c.nextSibling.nextSibling
      )
        out.set(this.text(c), c.nextSibling.nextSibling);
    }
    return out;
  }

  /** Positional arguments of a call. */
  positional(call: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const args = call.getChild("ArgList");
    for (let c = args?.firstChild; c; c = c.nextSibling) {
      if ("(),".includes(c.name) || c.name === "Comment") continue;
      if (c.nextSibling?.name === "AssignOp") {
        c = c.nextSibling.nextSibling ?? c;
        continue;
      }
      out.push(c);
    }
    return out;
  }

  /** A plain string literal's value; undefined for f-strings, concatenations and the rest. */
  stringValue(node: SyntaxNode | null | undefined): string | undefined {
    if (node?.name !== "String") return undefined;
    const match = /^[rRuU]?("""|'''|"|')([\s\S]*)\1$/.exec(this.text(node));
    return match ? match[2] : undefined;
  }

  private readImport(node: SyntaxNode): void {
    const parts = children(node);
    if (parts[0]?.name === "from") {
      const at = parts.findIndex((c) => c.name === "import");
      if (at < 2) return; // `from flask` alone: Python refuses it, nothing is bound
      const module = this.source.slice(parts[1]!.from, parts[at - 1]!.to).replace(/\s+/g, "");
      const names = parts.slice(at + 1);
      for (let i = 0; i < names.length; i++) {
        if (names[i]!.name !== "VariableName") continue;
        const name = this.text(names[i]!);
        const aliased = names[i + 1]?.name === "as" && names[i + 2]?.name === "VariableName";
        const local = aliased ? this.text(names[i + 2]!) : name;
        this.imported.set(local, module.endsWith(".") ? module + name : `${module}.${name}`);
        if (aliased) i += 2;
      }
      return;
    }
    // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
    let dotted: string[] = [];
    let alias: string | undefined;
    const flush = () => {
      if (dotted.length > 0)
        this.imported.set(alias ?? dotted[0]!, alias ? dotted.join(".") : dotted[0]!);
      dotted = [];
      alias = undefined;
    };
    for (let i = 1; i < parts.length; i++) {
      const c = parts[i]!;
      if (c.name === ",") flush();
      else if (c.name === "as" && parts[i + 1]) alias = this.text(parts[++i]!);
      else if (c.name === "VariableName") dotted.push(this.text(c));
    }
    flush();
  }
}

/** `if __name__ == "__main__":` never runs under gunicorn. */
export function isMainGuard(tree: PythonTree, node: SyntaxNode): boolean {
  const test = node.firstChild?.nextSibling;
  return !!test && /^__name__\s*==\s*["']__main__["']$/.test(tree.text(test));
}

/**
 * Statements that run when the module is imported: the module body and the bodies of
 * if/try/with/for at top level, not function or class bodies, not the main guard.
 */
export function importTimeStatements(tree: PythonTree, body: SyntaxNode = tree.top): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const statement of children(body)) {
    if (statement.name === "IfStatement" && isMainGuard(tree, statement)) continue;
    if (["IfStatement", "TryStatement", "WithStatement", "ForStatement"].includes(statement.name)) {
      for (const inner of statement.getChildren("Body"))
        out.push(...importTimeStatements(tree, inner));
    } else out.push(statement);
  }
  return out;
}

/** gunicorn.conf.py runs in the master, tests never run under gunicorn. */
export const NOT_APP_CODE =
  /(^|\/)(gunicorn\.conf\.py|tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$|migrations\/)/;

const parsed = new WeakMap<ReadonlyMap<string, string>, PythonTree[]>();

/** The app's own Python files, parsed once per snapshot for every reader that asks. */
export function appTrees(files: ReadonlyMap<string, string>): PythonTree[] {
  let trees = parsed.get(files);
  if (!trees) {
    trees = [...files]
      .filter(([f]) => f.endsWith(".py") && !f.startsWith("..") && !NOT_APP_CODE.test(f))
      .map(([f, text]) => new PythonTree(f, text));
    parsed.set(files, trees);
  }
  return trees;
}
