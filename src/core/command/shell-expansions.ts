// Where a shell expansion or quoted string ends: $(…), $((…)), ${…}, `…`, <(…) and "…", nested
// to any depth, with quotes and escapes inside. An explicit stack rather than recursion, so a
// hostile text of 200,000 openings cannot overflow the call stack.

/** Where the shell would stop with a syntax error. */
export interface Problem {
  readonly what: string;
  readonly line: number;
}

type Closer = ")" | "}" | "`" | '"';

/**
 * The offset just past the closer that ends an expansion whose body starts at `from`, or -1
 * when the text ends first (the shell's "unexpected end of file").
 */
export function expansionEnd(text: string, from: number, close: Closer): number {
  const stack: Closer[] = [close];
  let i = from;
  while (i < text.length) {
    const top = stack[stack.length - 1]!;
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === "\\") {
      i += 2;
      continue;
    }
    if (ch === top) {
      stack.pop();
      i++;
      if (stack.length === 0) return i;
      continue;
    }
    if (top === "`") {
      i++;
      continue;
    }
    if (ch === "$" && (next === "(" || next === "{")) {
      stack.push(next === "(" ? ")" : "}");
      i += 2;
    } else if (ch === "`" || (ch === '"' && top !== '"')) {
      stack.push(ch);
      i++;
    } else if (ch === "'" && top !== '"') {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end + 1;
    } else if (ch === "(" && top === ")") {
      stack.push(")");
      i++;
    } else i++;
  }
  return -1;
}
