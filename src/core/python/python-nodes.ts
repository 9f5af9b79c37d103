// Small questions both Python readers ask of a @lezer/python tree: a node's children without
// comments, every node below one, and the line a node starts on.
import type { SyntaxNode } from "@lezer/common";

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== "Comment") out.push(c);
  return out;
}

/** Every node below `node`, in source order. */
export function walk(node: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  const cursor = node.cursor();
  do visit(cursor.node);
  while (cursor.next() && cursor.from < node.to);
}

/** The names passed by position (`class A(Base, mod.Base, metaclass=M)` → Base, mod.Base). */
export function positionalNames(args: SyntaxNode | null): SyntaxNode[] {
  if (!args) return [];
  return children(args).filter(
    (c, i, all) =>
      /^(VariableName|MemberExpression)$/.test(c.name) && all[i + 1]?.name !== "AssignOp",
  );
}

/** The line of the first node the parser could not read, or undefined when it read them all. */
export function firstErrorLine(top: SyntaxNode, lines: Lines): number | undefined {
  let error: SyntaxNode | undefined;
  const cursor = top.cursor();
  do if (cursor.type.isError) error = cursor.node;
  while (!error && cursor.next());
  return error && lines.of(error);
}

/** Line numbers for offsets of one source text, found by binary search. */
export class Lines {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === "\n") this.starts.push(i + 1);
  }

  of(node: SyntaxNode): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= node.from) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
