// pyproject.toml's dependencies: PEP 621's `[project].dependencies` and Poetry's
// `[tool.poetry.dependencies]`, with the line each is written on.
import { parse as parseToml } from "smol-toml";
import type { Finding } from "../report/findings.js";
import {
  dependency,
  normalizeName,
  parseLine,
  type Dependency,
  type VersionSpec,
} from "./requirement-line.js";

export const PYPROJECT = "pyproject.toml";

export function pyprojectDependencies(text: string, findings: Finding[]): Dependency[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    findings.push({
      level: "error",
      message: `${PYPROJECT} is not valid TOML (${(error as Error).message.split("\n")[0]}): the build would fail.`,
      file: PYPROJECT,
    });
    return [];
  }
  const lines = tomlLines(text);
  const project = (doc.project ?? {}) as { dependencies?: unknown };
  const pep621 = Array.isArray(project.dependencies) ? project.dependencies : [];
  const out = pep621.flatMap((spec) => {
    const req = typeof spec === "string" ? parseLine(spec) : undefined;
    return req ? [dependency(req, PYPROJECT, lines.get(spec as string))] : [];
  });
  const tool = (doc.tool ?? {}) as { poetry?: { dependencies?: Record<string, unknown> } };
  for (const [name, value] of Object.entries(tool.poetry?.dependencies ?? {})) {
    if (name.toLowerCase() === "python") continue;
    out.push({
      name: normalizeName(name),
      extras: poetryExtras(value),
      specs: poetrySpecs(value),
      file: PYPROJECT,
      line: lines.get(name),
    });
  }
  return out;
}

function poetryExtras(value: unknown): string[] {
  const extras = (value as { extras?: unknown })?.extras;
  return Array.isArray(extras) ? extras.map((e) => normalizeName(String(e))) : [];
}

/** Poetry's `^25.1`, `>=25.1,<27` or `{ version = "…" }` as PEP 440-style lower bounds. */
function poetrySpecs(value: unknown): VersionSpec[] {
  const raw = typeof value === "string" ? value : (value as { version?: unknown })?.version;
  if (typeof raw !== "string") return [];
  return raw.split(",").flatMap((part) => {
    const m = part.trim().match(/^(\^|~=|~|==|>=|<=|!=|>|<)?\s*([0-9][0-9A-Za-z.*]*)$/);
    if (!m) return [];
    // Poetry: a bare version is exact; ^ and ~ allow newer releases from that floor.
    const op = m[1] === undefined ? "==" : m[1] === "^" || m[1] === "~" ? ">=" : m[1];
    return [{ operator: op, version: m[2]! }];
  });
}

/**
 * Where each key and each quoted string of a TOML file first appears, found in one pass: a
 * search per dependency costs the file's length times their number (80,000 of them, minutes).
 */
function tomlLines(text: string): ReadonlyMap<string, number> {
  const at = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    const key = /^\s*["']?([A-Za-z0-9._-]+)["']?\s*=/.exec(line)?.[1];
    if (key && !at.has(key)) at.set(key, i + 1);
    for (const m of line.matchAll(/"([^"]*)"|'([^']*)'/g)) {
      const value = m[1] ?? m[2]!;
      if (!at.has(value)) at.set(value, i + 1);
    }
  });
  return at;
}
