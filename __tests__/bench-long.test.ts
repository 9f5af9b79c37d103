// The published long-wait report is what the rule gives now: re-rendering the measured run with
// ours taken again from the CLI must reproduce docs/benchmarks-long.md, so a rule change that
// leaves it stale (ours unmeasured, or measured under another rule) fails here.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const run = promisify(execFile);

describe("npm run bench:long --render", () => {
  it("reproduces the published report, ours measured under the rule as it is", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "gt-long-"));
    const published = path.join(ROOT, "docs", "benchmarks-long.json");
    await run(process.execPath, ["bench/long-waits.mjs", "--render", published, "--out", out], {
      cwd: ROOT,
    });
    const rendered = readFileSync(path.join(out, "benchmarks-long.md"), "utf8");
    expect(rendered).toBe(readFileSync(path.join(ROOT, "docs", "benchmarks-long.md"), "utf8"));
    expect(rendered).not.toContain("was not measured in this run");
  });
});
