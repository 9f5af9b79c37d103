// Keeps `npm run bench` from rotting: one short workload, two configurations, real gunicorn and
// wrk. It checks the harness produces a complete report; it asserts no speed (that is the
// benchmark's job, never a test's).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const run = promisify(execFile);

describe("npm run bench --smoke", () => {
  it("measures the default and the recommendation and writes the report", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "gt-bench-"));
    const { stdout } = await run(process.execPath, ["bench/run.mjs", "--smoke", "--out", out], {
      cwd: ROOT,
      timeout: 120_000,
    });
    expect(stdout).toMatch(/^io: gunicorn-tuner 6×50 reached \d+% of the best/m);
    const report = JSON.parse(readFileSync(path.join(out, "benchmarks.json"), "utf8"));
    const [io] = report.results;
    expect(io.workload.name).toBe("io");
    expect(io.configs.map((c: { labels: string[] }) => c.labels)).toEqual([
      ["platform default"],
      ["gunicorn-tuner"],
    ]);
    for (const c of io.configs) {
      expect(c.rps).toBeGreaterThan(0);
      expect(c.p99).toBeGreaterThan(0);
      expect(c.rssMb).toBeGreaterThan(10);
      expect(c.errors).toBe(0);
    }
    expect(io.command).toMatch(
      /^gunicorn --workers 6 --threads 50 --worker-class gthread .* app:app$/,
    );
    expect(report.coldStart.action.medianMs).toBeGreaterThan(0);
    expect(readFileSync(path.join(out, "benchmarks.md"), "utf8")).toContain(
      "| io (100 ms wait (an API call) + 2 ms CPU) | 0.98 | 6×50 |",
    );
    expect(readFileSync(path.join(out, "benchmarks.svg"), "utf8")).toMatch(
      /^<svg [^>]+>[\s\S]*gunicorn-tuner 6×50[\s\S]*<\/svg>\n$/,
    );
  });
});
