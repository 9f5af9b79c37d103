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
