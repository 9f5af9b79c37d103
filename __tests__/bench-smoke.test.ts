// Keeps `npm run bench` from rotting: one short workload per section it runs in smoke mode, two
// configurations each, real gunicorn (the current release), uvicorn workers and wrk. It checks
// the harness produces a complete report; it asserts no speed (that is the benchmark's job,
// never a test's).
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const run = promisify(execFile);

interface Measured {
  rps: number;
  p99: number;
  errors: number;
  loadCpuShare: number;
  peakMb: number;
}

function cli(app: string, ratio: string): { workers: number; threads: number } {
  return JSON.parse(
    execFileSync(
      process.execPath,
      ["dist/cli.js", app, "--json", "--plan", "B1", "--io-wait-ratio", ratio],
      { cwd: ROOT, encoding: "utf8" },
    ),
  );
}

describe("npm run bench --smoke", () => {
  it("measures the platform default and ours for WSGI and ASGI, and writes the report", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "gt-bench-"));
    const { stdout } = await run(process.execPath, ["bench/run.mjs", "--smoke", "--out", out], {
      cwd: ROOT,
      timeout: 120_000,
    });
    const report = JSON.parse(readFileSync(path.join(out, "benchmarks.json"), "utf8"));
    expect(report.versions.current).toMatch(/^gunicorn \(version 2[5-9]\.\d+\.\d+\) \(pip/);
    const { bands, asgi } = report.sections;
    const wsgi = cli("bench/app", "0.95");
    expect(bands.ours["w95-cpu5"].exact).toEqual([wsgi.workers, wsgi.threads]);
    expect(Object.keys(bands.grid["w95-cpu5"])).toEqual(
      expect.arrayContaining(["1x1", `${wsgi.workers}x${wsgi.threads}`]),
    );
    const event = cli("bench/app-asgi", "0.95");
    expect(asgi.ours["async-w95"].exact).toEqual([event.workers, 1]);
    for (const grid of [bands.grid["w95-cpu5"], asgi.grid["async-w95"]]) {
      for (const c of Object.values(grid) as Measured[]) {
        expect(c.rps).toBeGreaterThan(0);
        expect(c.p99).toBeGreaterThan(0);
        expect(c.errors).toBe(0);
        // wrk's CPU in a 1 s smoke run can round to 0 clock ticks; it must still be measured.
        expect(c.loadCpuShare).toBeGreaterThanOrEqual(0);
        expect(c.loadCpuShare).toBeLessThan(1);
        expect(c.peakMb).toBeGreaterThan(10);
      }
    }
    expect(stdout).toMatch(
      new RegExp(`^bands w95-cpu5: exact ${wsgi.workers}×${wsgi.threads} [\\d.]+ of best`, "m"),
    );
    expect(report.coldStart.action.medianMs).toBeGreaterThan(0);
    const md = readFileSync(path.join(out, "benchmarks.md"), "utf8");
    expect(md).toContain("## Preset bands: 1 vCPU (B1), gunicorn (version 2");
    expect(md).toMatch(
      /\| w95-cpu5 \(100 ms wait \+ 5 ms CPU\) \| 95 % \| \d+×\d+: \*\*[\d.]+\*\*/,
    );
    expect(md).toContain("## ASGI: FastAPI on uvicorn workers");
  });
});
