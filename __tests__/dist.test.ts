// dist/ is committed: it must be exactly what `npm run build` makes from the sources now.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), readFileSync(full, "utf8"));
  }
  return files;
}

describe("dist/", () => {
  it("matches a fresh build (run npm run build and commit dist/ if this fails)", () => {
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), "gt-dist-")), "dist");
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), fresh], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const built = tree(fresh);
    const committed = tree(path.join(ROOT, "dist"));
    expect([...committed.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [file, text] of built) {
      expect(committed.get(file) === text, `dist/${file} is stale`).toBe(true);
    }
  });

  it("is an ES module bundle that carries its dependencies (the ncc trap: a 4 kB require() shell)", () => {
    const index = readFileSync(path.join(ROOT, "dist", "index.js"), "utf8");
    expect(index.length).toBeGreaterThan(100_000);
    expect(index).not.toMatch(/require\(["']@actions\/core["']\)/);
    expect(JSON.parse(readFileSync(path.join(ROOT, "dist", "package.json"), "utf8"))).toEqual({
      type: "module",
    });
  });
});
