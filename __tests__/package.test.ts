// The CLI as a user installs it: `npm pack`, then `npm install -g` of the tarball into a
// throwaway prefix, then the `gunicorn-tuner` command on PATH.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT } from "./helpers/paths.js";

const run = promisify(execFile);

describe("npm pack → npm install -g", () => {
  it("packs only what the bundled CLI needs", async () => {
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], { cwd: ROOT });
    const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    // dist/cli/ holds the CLI's bundle and the chunks it loads on demand (the Azure SDK).
    const cli = readdirSync(path.join(ROOT, "dist", "cli")).map((f) => `dist/cli/${f}`);
    expect(pack.files.map((f) => f.path).sort()).toEqual(
      ["LICENSE", "README.md", "dist/cli.js", ...cli, "package.json"].sort(),
    );
  });

  it("installs a working gunicorn-tuner command", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gt-pack-"));
    const { stdout } = await run("npm", ["pack", "--pack-destination", dir, "--json"], {
      cwd: ROOT,
    });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    const prefix = path.join(dir, "prefix");
    await run(
      "npm",
      ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", path.join(dir, filename)],
      {
        cwd: dir,
        timeout: 60_000,
      },
    );
    const bin = path.join(prefix, "bin", "gunicorn-tuner");
    const version = await run(bin, ["--version"]);
    expect(version.stdout).toMatch(/^gunicorn-tuner \d+\.\d+\.\d+\n$/);
    const report = await run(bin, [path.join(EXAMPLES, "flask-basic"), "--plan", "B1"], {
      cwd: dir,
    });
    expect(report.stdout.split("\n")[0]).toBe("✔ flask-basic is ready for App Service (B1)");
    expect(report.stdout).toContain(
      "gunicorn --workers 3 --threads 4 --worker-class gthread --worker-connections 4",
    );
  });
});
