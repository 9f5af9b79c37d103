// The shape of src/: the pure core imports no edge and no I/O, and no module imports itself
// back through others. Read from the sources' import statements.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const SRC = path.join(ROOT, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** Every module a file imports, statically or with import(). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [
    ...text.matchAll(
      /(?:^|\s)(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm,
    ),
  ].map((m) => (m[1] ?? m[2])!);
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  return path.resolve(path.dirname(from), spec.replace(/\.js$/, ".ts"));
}

const FILES = sources(SRC);
const CORE = path.join(SRC, "core");
/** What the pure core may import from outside itself: parsers, nothing that does I/O. */
const CORE_PACKAGES = new Set([
  "@lezer/python",
  "@lezer/common",
  "pip-requirements-js",
  "smol-toml",
]);

describe("src/ layout", () => {
  it("keeps src/core pure: no edges, no Node I/O, no @actions or @azure", () => {
    const offences = FILES.filter((f) => f.startsWith(CORE + path.sep)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const local = resolve(file, spec);
          if (local) return !local.startsWith(CORE + path.sep);
          return !CORE_PACKAGES.has(spec);
        })
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it("has no import cycles", () => {
    const graph = new Map(
      FILES.map((f) => [
        f,
        importsOf(f)
          .map((s) => resolve(f, s))
          .filter((x): x is string => !!x),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push(
          [...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(" → "),
        );
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of FILES) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("keeps every source file under 300 lines", () => {
    const long = FILES.map(
      (f) => [path.relative(ROOT, f), readFileSync(f, "utf8").split("\n").length] as const,
    ).filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it("calls core.setFailed in one place only", () => {
    const callers = FILES.filter((f) => /\bsetFailed\(/.test(readFileSync(f, "utf8")));
    expect(callers.map((f) => path.relative(ROOT, f))).toEqual(["src/index.ts"]);
  });

  it("would catch an offence (the checks are not vacuous)", () => {
    expect(importsOf(path.join(SRC, "fs", "repo-scan.ts"))).toContain("node:fs/promises");
    expect(importsOf(path.join(SRC, "run", "tune.ts"))).toContain("./azure-session.js");
  });
});
