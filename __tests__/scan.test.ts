// The filesystem edge on odd trees: oversized files are named, links out of the repository are
// not followed, and trees of many folders are listed without crashing.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayout } from "../src/core/detect/layout.js";
import { MAX_FILE_BYTES } from "../src/core/detect/snapshot.js";
import { scanApp } from "../src/fs/repo-scan.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "gt-scan-test-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe("scanApp", () => {
  it("names a file too large to read instead of skipping it silently", async () => {
    const big = `from flask import Flask\napp = Flask(__name__)\n${"# padding\n".repeat(MAX_FILE_BYTES / 5)}`;
    const dir = tree({ "requirements.txt": "flask\ngunicorn\n", "app.py": big });
    const snap = await scanApp(dir, "auto");
    expect(snap.unread).toEqual([{ path: "app.py", reason: "too-large" }]);
    const layout = checkLayout(snap, "auto");
    expect(layout.findings).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/^app\.py was not read: it is larger than 4 MiB/),
      }),
    );
  });

  it("does not read a link that points outside the repository", async () => {
    const outside = tree({ "secret.py": "from flask import Flask\napp = Flask(__name__)\n" });
    const dir = tree({ "requirements.txt": "flask\n" });
    symlinkSync(path.join(outside, "secret.py"), path.join(dir, "app.py"));
    const snap = await scanApp(dir, "auto");
    expect(snap.files.has("app.py")).toBe(false);
    expect(snap.unread).toEqual([{ path: "app.py", reason: "outside-repository" }]);
  });

  it("reads a link that stays inside the repository", async () => {
    const dir = tree({
      "requirements.txt": "flask\n",
      "src/real.py": "from flask import Flask\napp = Flask(__name__)\n",
    });
    symlinkSync(path.join(dir, "src", "real.py"), path.join(dir, "app.py"));
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const snap = await scanApp(".", "auto");
      expect(snap.files.get("app.py")).toContain("Flask(__name__)");
    } finally {
      process.chdir(previous);
    }
  });

  it("lists a root of many folders and still finds the root app without reading them", async () => {
    const files: Record<string, string> = {
      "requirements.txt": "flask\n",
      "app.py": "from flask import Flask\napp = Flask(__name__)\n",
    };
    for (let i = 0; i < 2000; i++) files[`pkg_${i}/__init__.py`] = "x = 1\n";
    const snap = await scanApp(tree(files), "auto");
    expect(checkLayout(snap, "auto").module).toBe("app:app");
    expect([...snap.files.keys()].filter((f) => f.startsWith("pkg_"))).toEqual([]);
  });
});
