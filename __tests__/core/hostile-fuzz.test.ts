// Generated hostile startup commands and metric series (fast-check, seeded, so a failure
// reproduces and shrinks to its smallest case): the scanner, the planner and the measurement
// must end, never throw, and never write a command bash cannot parse when the site's own
// command parsed.
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/core/command/command.js";
import { fromObservation } from "../../src/core/site/measured-inputs.js";
import { planSite } from "../../src/core/command/startup-plan.js";
import type { InstanceInterval } from "../../src/core/site/site-metrics.js";

const COMMAND =
  "gunicorn --workers 3 --threads 4 --worker-class gthread --bind=0.0.0.0:8000 --timeout 120 app:app";
const config = parseCommand(COMMAND);

const PIECES = [
  "gunicorn",
  "-w",
  "--workers",
  "--threads",
  "-k",
  "gthread",
  "4",
  "app:app",
  "$(nproc)",
  "$((2*$(nproc)+1))",
  "`nproc`",
  "${W:- 4}",
  "${T:-2}",
  "<(echo x)",
  "'a b'",
  '"$(echo ")")"',
  "$'\\t'",
  "\\",
  "\\\n",
  "&&",
  "||",
  ";",
  "|",
  "&",
  "(",
  ")",
  "{",
  "}",
  "#",
  "\n",
  " ",
  "\t",
  "\u00a0",
  "\u3000",
  "\ufeff",
  "\u2028",
  "2>&1",
  "> log",
  "<<EOF\nx\nEOF\n",
  "--log-syslog",
  "--preload",
  "--timeout=30",
  "-w4",
  "python -m gunicorn",
  "exec",
  "FOO=bar",
  "$OPTS",
  "'",
  '"',
  "`",
  "$(",
  "${",
  "))",
  "}}",
];

/** A gunicorn step followed by up to 14 hostile pieces, joined by spaces or not at all. */
const hostileCommand = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }), fc.boolean())
  .map(([parts, spaced]) => ["gunicorn", ...parts].join(spaced ? " " : ""));

const bashParses = (text: string) =>
  spawnSync("bash", ["-n", "-c", text], { encoding: "utf8" }).status === 0;

describe("generated startup commands", () => {
  it("never write what bash cannot parse, and never throw", () => {
    let written = 0;
    fc.assert(
      fc.property(hostileCommand, hostileCommand, (site, cmdArgs) => {
        const plan = planSite({
          appCommandLine: site,
          settings: { GUNICORN_CMD_ARGS: cmdArgs },
          files: new Map(),
          command: COMMAND,
          config,
          cores: 2,
        });
        if (plan.status !== "write" || !bashParses(site)) return;
        written++;
        expect(bashParses(plan.command)).toBe(true);
      }),
      { seed: 22, numRuns: 400 },
    );
    expect(written).toBeGreaterThan(50);
  });

  it("end on long hostile texts", () => {
    for (const text of [
      "gunicorn " + "$(".repeat(200_000),
      "gunicorn " + "`".repeat(200_000),
      "gunicorn -w 2 app:app;".repeat(50_000),
      "\u00a0".repeat(300_000),
      "gunicorn " + "${".repeat(100_000) + "}".repeat(100_000),
    ]) {
      const plan = planSite({
        appCommandLine: text,
        settings: {},
        files: new Map(),
        command: COMMAND,
        config,
        cores: 2,
      });
      expect(["write", "refused", "unchanged"]).toContain(plan.status);
    }
  });
});

describe("generated metric series", () => {
  const VALUES = [0, 1, 12.5, -3, NaN, Infinity, -Infinity, 1e15, 1e308, undefined, 5e-324];
  it("end in a measurement or the presets, never an exception", () => {
    const value = fc.constantFrom(...VALUES);
    const point = (i: number) =>
      fc
        .record({
          cpuSeconds: value,
          requests: value,
          responseSeconds: value,
          memoryBytes: value,
          errors5xx: value,
        })
        .map((v): InstanceInterval => ({
          instance: `i${i % 3}`,
          at: Date.UTC(2026, 10, 1) + i * 60_000,
          ...v,
        }));
    const series = fc.tuple(...Array.from({ length: 200 }, (_, i) => point(i)));
    fc.assert(
      fc.property(series, fc.constantFrom(1, 4, 1_000_000), (points, workers) => {
        const result = fromObservation(
          {
            series: { intervalSeconds: 60, points },
            current: {
              workers,
              threads: 4,
              workerClass: "gthread",
              timeout: 30,
              workerConnections: 1000,
              keepAlive: 2,
            },
            cores: 2,
            window: "7 days",
            configWrites: [],
          },
          { ioAuto: true, workerMemoryAuto: true },
        );
        const m = result.measured;
        if (m) {
          expect(m.ioWaitRatio).toBeGreaterThanOrEqual(0);
          expect(m.ioWaitRatio).toBeLessThanOrEqual(1);
          expect(m.workerMemoryMb === undefined || Number.isFinite(m.workerMemoryMb)).toBe(true);
        } else expect(result.findings.length).toBeGreaterThan(0);
      }),
      { seed: 13, numRuns: 60 },
    );
  });
});
