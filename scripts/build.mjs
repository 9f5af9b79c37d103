// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc into one folder.
// Usage: node scripts/build.mjs OUTDIR. The freshness test builds into a temp folder and compares.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.resolve(process.argv[2] ?? "dist");
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
const work = mkdtempSync(path.join(tmpdir(), "gunicorn-tuner-build-"));

function bundle(entry, dir) {
  execFileSync(
    process.execPath,
    [ncc, "build", entry, "-o", dir, "--license", "licenses.txt", "--quiet"],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}

try {
  bundle("src/index.ts", path.join(work, "action"));
  bundle("src/cli/index.ts", path.join(work, "cli"));
  renameSync(path.join(work, "cli", "index.js"), path.join(work, "cli", "cli.js"));
  rmSync(path.join(work, "cli", "licenses.txt"), { force: true });
  for (const file of readdirSync(path.join(work, "cli"))) {
    // The two bundles share one folder: a chunk name used by both would silently break one.
    if (existsSync(path.join(work, "action", file)) && file !== "package.json") {
      throw new Error(`build: ${file} is emitted by both bundles`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(work, "action"), out, { recursive: true });
  cpSync(path.join(work, "cli"), out, { recursive: true });
} finally {
  rmSync(work, { recursive: true, force: true });
}
