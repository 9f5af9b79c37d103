// The action's own start-up cost in output mode: wall time of `node dist/index.js` against a
// bare `node -e 0`, median of repeated runs; optionally an eager-import build as the baseline
// that lazy-loading the Azure SDK and Octokit is measured against.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { median } from "./stats.mjs";

function timeRuns(args, env, cwd, runs) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, cwd, stdio: ["ignore", "ignore", "pipe"] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`bench: ${args.join(" ")} failed: ${r.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the page cache
  }
  return {
    medianMs: Math.round(median(times) * 10) / 10,
    minMs: Math.round(Math.min(...times) * 10) / 10,
    runs,
  };
}

export function measureColdStart({ root, runs, eager }) {
  const work = mkdtempSync(path.join(tmpdir(), "gt-cold-"));
  const output = path.join(work, "output");
  writeFileSync(output, "");
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: output,
    INPUT_PLAN: "B1",
    "INPUT_WORKING-DIRECTORY": "examples/flask-basic",
  };
  try {
    const result = {
      node: process.version,
      bare: timeRuns(["-e", "0"], env, root, runs),
      action: timeRuns([path.join(root, "dist", "index.js")], env, root, runs),
    };
    if (eager) {
      const out = path.join(work, "eager");
      const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
      // A baseline that no longer builds must not cost the run its measurements.
      try {
        execFileSync(
          process.execPath,
          [ncc, "build", "bench/eager-entry.ts", "-o", out, "--quiet"],
          {
            cwd: root,
            stdio: "pipe",
          },
        );
        result.eagerAction = timeRuns([path.join(out, "index.js")], env, root, runs);
      } catch (error) {
        result.eagerAction = { error: String(error.message ?? error).split("\n")[0] };
      }
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
