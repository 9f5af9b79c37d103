// Reads Python source as text: which names a module defines at top level, and a few patterns
// that break gunicorn. The user's code is never run, so this is deliberately conservative.

export interface Definition {
  readonly kind: "def" | "class" | "assign" | "import";
  readonly line: number;
  /** For `def`: parameters without a default (a factory gunicorn calls must have none). */
  readonly requiredParams?: number;
}

const IDENT = "[A-Za-z_][A-Za-z0-9_]*";

/** Top-level definitions by name (the last binding wins, as in Python). */
export function topLevelDefinitions(source: string): Map<string, Definition> {
  const lines = source.split(/\r?\n/);
  const defs = new Map<string, Definition>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const line = i + 1;
    let m: RegExpMatchArray | null;
    if ((m = text.match(new RegExp(`^(?:async\\s+)?def\\s+(${IDENT})\\s*\\(`)))) {
      const params = collectUntil(lines, i, text.indexOf("(") + 1, ")");
      defs.set(m[1]!, { kind: "def", line, requiredParams: requiredParams(params) });
    } else if ((m = text.match(new RegExp(`^class\\s+(${IDENT})`)))) {
      defs.set(m[1]!, { kind: "class", line });
    } else if (
      (m = text.match(new RegExp(`^(${IDENT}(?:\\s*,\\s*${IDENT})*)\\s*(?::[^=]*)?=(?!=)`)))
    ) {
      for (const name of m[1]!.split(",")) defs.set(name.trim(), { kind: "assign", line });
    } else if ((m = text.match(/^from\s+[\w.]+\s+import\s+(.*)$/))) {
      const names = m[1]!.startsWith("(")
        ? collectUntil(lines, i, text.indexOf("(") + 1, ")")
        : m[1]!;
      for (const name of importedNames(names)) defs.set(name, { kind: "import", line });
    } else if ((m = text.match(new RegExp(`^import\\s+[\\w.]+\\s+as\\s+(${IDENT})`)))) {
      defs.set(m[1]!, { kind: "import", line });
    }
  }
  return defs;
}

/** Text from `start` on line `index` up to the closing bracket, across lines. */
function collectUntil(
  lines: readonly string[],
  index: number,
  start: number,
  close: string,
): string {
  let depth = 0;
  let out = "";
  for (let i = index; i < lines.length && i < index + 50; i++) {
    const text = i === index ? lines[i]!.slice(start) : lines[i]!;
    for (const ch of text) {
      if (ch === "(" || ch === "[" || ch === "{") depth++;
      if (ch === ")" || ch === "]" || ch === "}") {
        if (depth === 0 && ch === close) return out;
        depth--;
      }
      out += ch;
    }
    out += " ";
  }
  return out;
}

function importedNames(list: string): string[] {
  return list
    .replace(/#.*$/, "")
    .split(",")
    .map((part) => part.trim().replace(/[()]/g, "").trim())
    .map((part) =>
      part
        .split(/\s+as\s+/)
        .pop()!
        .trim(),
    )
    .filter((name) => new RegExp(`^${IDENT}$`).test(name));
}

function requiredParams(params: string): number {
  let required = 0;
  for (const raw of splitTopLevel(params)) {
    const p = raw.trim();
    if (p === "" || p === "*" || p === "/" || p.startsWith("*")) continue;
    if (!p.includes("=")) required++;
  }
  return required;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Line of a top-level `<name>.run(` call: it would start a dev server at import time. */
export function topLevelRunCall(source: string): number | undefined {
  const index = source
    .split(/\r?\n/)
    .findIndex((l) => new RegExp(`^${IDENT}\\.run\\s*\\(`).test(l));
  return index === -1 ? undefined : index + 1;
}

export function importsPackage(source: string, pkg: string): boolean {
  return new RegExp(`^\\s*(from|import)\\s+${pkg}\\b`, "m").test(source);
}

/** Normalized project names listed in a requirements file (PEP 503 normalization). */
export function requirementNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "" || line.startsWith("-")) continue;
    const m = line.match(/^([A-Za-z0-9][A-Za-z0-9._-]*)/);
    if (m) names.add(normalizeName(m[1]!));
  }
  return names;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
