// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc into one folder.
// Usage: node scripts/build.mjs OUTDIR. The freshness test builds into a temp folder and compares.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  rmSync(path.join(work, "cli", "licenses.txt"), { force: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(work, "action"), out, { recursive: true });
  // The CLI loads the Azure SDK on demand too, so it has chunks of its own: they live in
  // dist/cli/, apart from the action's, and dist/cli.js (the package's bin) starts them.
  cpSync(path.join(work, "cli"), path.join(out, "cli"), { recursive: true });
  writeFileSync(path.join(out, "cli.js"), '#!/usr/bin/env node\nimport "./cli/index.js";\n');
  chmodSync(path.join(out, "cli.js"), 0o755);
} finally {
  rmSync(work, { recursive: true, force: true });
}
