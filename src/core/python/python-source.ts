// Reads Python source with a real parser (@lezer/python: pure JavaScript and error-tolerant), so
// multi-line statements, chained assignments, bindings inside top-level `if`/`try`, and text in
// strings or comments are read as Python reads them. The user's code is never run.
import type { SyntaxNode } from "@lezer/common";
import { parser } from "@lezer/python";
import {
  children as childrenOf,
  firstErrorLine,
  Lines,
  positionalNames,
  walk,
} from "./python-nodes.js";

export type Binding =
  /** `name = callee(...)`; callee is dotted source text, e.g. `fa.FastAPI`. */
  | {
      readonly kind: "call";
      readonly callee: string;
      readonly line: number;
      readonly source?: string;
    }
  /** `def name(...)`: required parameters, and the callees called anywhere in its body. */
  | {
      readonly kind: "def";
      readonly line: number;
      readonly requiredParams: number;
      readonly calls: readonly string[];
    }
  /** `class Name(Base, other.Base)`: the bases as dotted source text, keywords left out. */
  | { readonly kind: "class"; readonly line: number; readonly bases: readonly string[] }
  /** `from module import name` (module may start with dots) or `import module` (name ""). */
  | {
      readonly kind: "import";
      readonly module: string;
      readonly name: string;
      readonly line: number;
    }
  /** Any other value; `source` is its text when it is a plain assignment. */
  | { readonly kind: "value"; readonly line: number; readonly source?: string };

export interface ModuleFacts {
  /** Module-level names as Python binds them on import (the last binding wins). */
  readonly bindings: ReadonlyMap<string, Binding>;
  /** Every module imported at any level, as written (`flask`, `.views`, `fastapi.routing`). */
  readonly imports: readonly string[];
  /** `from X import name` at any level: `name` may itself be a module (`from . import views`). */
  readonly fromImports: readonly { readonly module: string; readonly name: string }[];
  /** `x.run(...)` statements executed on import (not under `if __name__ == "__main__"`). */
  readonly runCalls: readonly { readonly object: string; readonly line: number }[];
  /** Imports inside `try` with an `except ImportError` (or broader): the app runs without them. */
  readonly optionalImports: readonly string[];
  /** The first line Python would refuse (a merge conflict, a half-written statement). */
  readonly syntaxErrorLine: number | undefined;
}

export function readModule(source: string): ModuleFacts {
  const reader = new Reader(source);
  const tree = parser.parse(source);
  reader.statements(tree.topNode);
  return {
    bindings: reader.bindings,
    imports: reader.imports,
    fromImports: reader.fromImports,
    runCalls: reader.runCalls,
    optionalImports: reader.optionalImports,
    syntaxErrorLine: firstErrorLine(tree.topNode, reader.lines),
  };
}

class Reader {
  readonly bindings = new Map<string, Binding>();
  readonly imports: string[] = [];
  readonly fromImports: { module: string; name: string }[] = [];
  readonly runCalls: { object: string; line: number }[] = [];
  readonly optionalImports: string[] = [];
  readonly lines: Lines;

  constructor(private readonly source: string) {
    this.lines = new Lines(source);
  }

  /** Statements that run on import: the module body and the bodies of if/try/with/else. */
  statements(node: SyntaxNode): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.statement(child);
  }

  private statement(node: SyntaxNode): void {
    switch (node.name) {
      case "AssignStatement":
        return this.assign(node);
      case "FunctionDefinition":
        return this.def(node);
      case "ClassDefinition":
        return this.bind(node.getChild("VariableName"), {
          kind: "class",
          line: this.line(node),
          bases: this.bases(node.getChild("ArgList")),
        });
      case "DecoratedStatement":
        return this.statements(node);
      case "ImportStatement":
        return this.importStatement(node);
      case "ExpressionStatement":
        return this.expression(node);
      case "IfStatement":
        if (this.isMainGuard(node)) return this.importsIn(node);
        return this.bodies(node);
      case "TryStatement":
        return this.tryStatement(node);
      case "WithStatement":
        return this.bodies(node);
      default:
        return this.importsIn(node);
    }
  }

  /** `try: import x / except ImportError:` makes x optional: the app runs without it. */
  private tryStatement(node: SyntaxNode): void {
    const before = this.imports.length;
    this.bodies(node);
    const text = this.text(node.from, node.to);
    if (/\bexcept\s*(\(?[^:]*\b(ImportError|ModuleNotFoundError|Exception)\b[^:]*)?:/.test(text)) {
      this.optionalImports.push(...this.imports.slice(before));
    }
  }

  private bodies(node: SyntaxNode): void {
    for (const body of node.getChildren("Body")) this.statements(body);
  }

  private assign(node: SyntaxNode): void {
    const children = childrenOf(node);
    const lastOp = children.map((c) => c.name).lastIndexOf("AssignOp");
    if (lastOp < 0) return;
    const value = children[lastOp + 1];
    const line = this.line(node);
    const source = value ? this.text(value.from, value.to) : undefined;
    const binding: Binding =
      value?.name === "CallExpression"
        ? { kind: "call", callee: this.calleeOf(value), line, ...(source ? { source } : {}) }
        : { kind: "value", line, ...(source ? { source } : {}) };
    // `app = application = Flask(...)` binds both; tuple targets bind values we cannot follow.
    const tuple = children.slice(0, lastOp).some((c) => c.name === ",");
    for (const target of children.slice(0, lastOp)) {
      if (target.name === "VariableName")
        this.bind(target, tuple ? { kind: "value", line } : binding);
    }
    if (value) this.importsIn(value);
  }

  private def(node: SyntaxNode): void {
    const calls: string[] = [];
    const body = node.getChild("Body");
    if (body) {
      walk(body, (n) => {
        if (n.name === "CallExpression") calls.push(this.calleeOf(n));
        if (n.name === "ImportStatement") this.importStatement(n, false);
      });
    }
    this.bind(node.getChild("VariableName"), {
      kind: "def",
      line: this.line(node),
      requiredParams: this.requiredParams(node.getChild("ParamList")),
      calls,
    });
  }

  private requiredParams(list: SyntaxNode | null): number {
    if (!list) return 0;
    let required = 0;
    let segment: string[] = [];
    const close = () => {
      const starred = segment[0] === "*" || segment[0] === "**" || segment[0] === "/";
      if (!starred && segment.includes("VariableName") && !segment.includes("AssignOp")) required++;
      segment = [];
    };
    for (const child of childrenOf(list)) {
      if (child.name === "(") continue;
      if (child.name === "," || child.name === ")") close();
      else segment.push(child.name);
    }
    return required;
  }

  private bases(args: SyntaxNode | null): string[] {
    return positionalNames(args).map((c) => this.text(c.from, c.to).replace(/\s+/g, ""));
  }

  private importStatement(node: SyntaxNode, bind = true): void {
    const children = childrenOf(node);
    const line = this.line(node);
    if (children[0]?.name === "from") {
      const importAt = children.findIndex((c) => c.name === "import");
      // `from flask` with nothing after it: Python refuses it; there is nothing to bind.
      if (importAt < 2) return;
      const module = this.text(children[1]!.from, children[importAt - 1]!.to).replace(/\s+/g, "");
      this.imports.push(module);
      this.names(children.slice(importAt + 1), (name, local) => {
        this.fromImports.push({ module, name });
        if (bind) this.bindName(local, { kind: "import", module, name, line });
      });
      return;
    }
    // `import a.b, c as d`: `a.b` binds `a`; `c as d` binds `d` to module c.
    let dotted: string[] = [];
    let alias: string | undefined;
    let expectAlias = false;
    const flush = () => {
      if (dotted.length === 0) return;
      const module = dotted.join(".");
      this.imports.push(module);
      if (bind) {
        const local = alias ?? dotted[0]!;
        this.bindName(local, {
          kind: "import",
          module: alias ? module : dotted[0]!,
          name: "",
          line,
        });
      }
      dotted = [];
      alias = undefined;
    };
    for (const child of children.slice(1)) {
      if (child.name === ",") flush();
      else if (child.name === "as") expectAlias = true;
      else if (child.name === "VariableName") {
        if (expectAlias) alias = this.text(child.from, child.to);
        else dotted.push(this.text(child.from, child.to));
        expectAlias = false;
      }
    }
    flush();
  }

  /** `a, b as c, (d)` after `import`: calls back with (imported name, local name). */
  private names(nodes: SyntaxNode[], each: (name: string, local: string) => void): void {
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i]!.name !== "VariableName") continue;
      const name = this.text(nodes[i]!.from, nodes[i]!.to);
      if (nodes[i + 1]?.name === "as" && nodes[i + 2]?.name === "VariableName") {
        each(name, this.text(nodes[i + 2]!.from, nodes[i + 2]!.to));
        i += 2;
      } else each(name, name);
    }
  }

  private expression(node: SyntaxNode): void {
    const call = node.firstChild;
    if (call?.name === "CallExpression") {
      const callee = call.firstChild;
      if (callee?.name === "MemberExpression" && callee.firstChild?.name === "VariableName") {
        const property = callee.getChild("PropertyName");
        if (property && this.text(property.from, property.to) === "run") {
          const object = this.text(callee.firstChild.from, callee.firstChild.to);
          this.runCalls.push({ object, line: this.line(node) });
        }
      }
    }
    this.importsIn(node);
  }

  private isMainGuard(node: SyntaxNode): boolean {
    const test = node.firstChild?.nextSibling;
    return !!test && /^__name__\s*==\s*["']__main__["']$/.test(this.text(test.from, test.to));
  }

  /** Imports nested anywhere (inside functions too): they still say which frameworks are used. */
  private importsIn(node: SyntaxNode): void {
    walk(node, (n) => {
      if (n.name === "ImportStatement") this.importStatement(n, false);
    });
  }

  private calleeOf(call: SyntaxNode): string {
    const callee = call.firstChild;
    return callee ? this.text(callee.from, callee.to).replace(/\s+/g, "") : "";
  }

  private bind(nameNode: SyntaxNode | null, binding: Binding): void {
    if (nameNode) this.bindName(this.text(nameNode.from, nameNode.to), binding);
  }

  private bindName(name: string, binding: Binding): void {
    // Python rebinds in order; the later statement wins, wherever it is.
    this.bindings.delete(name);
    this.bindings.set(name, binding);
  }

  private text(from: number, to: number): string {
    return this.source.slice(from, to);
  }

  private line(node: SyntaxNode): number {
    return this.lines.of(node);
  }
}
