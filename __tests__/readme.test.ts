// README.md is the user's manual: its table of recommendations must match the recommender.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPlan } from "../src/core/sizing/plans.js";
import { PRESETS } from "../src/core/sizing/presets.js";
import { recommend, type IoProfile } from "../src/core/sizing/recommend.js";
import { ROOT } from "./helpers/paths.js";

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

function shape(sku: string, profile: IoProfile): string {
  const plan = findPlan(sku)!;
  const r = recommend({
    ...plan,
    appsOnPlan: 1,
    ioWaitRatio: PRESETS[profile].nominal,
    preset: profile,
    ioSource: "",
    workerMemoryMb: 150,
    timeout: undefined,
    module: "app:app",
    chdir: undefined,
    port: 8000,
  });
  return r.config.threads === 1
    ? `${r.config.workers} sync workers`
    : `${r.config.workers} × ${r.config.threads}`;
}

describe("README.md", () => {
  it("starts with the two set-up commands", () => {
    expect(readme).toMatch(
      /^# gunicorn-tuner\n[\s\S]*?```sh\nnpm ci && npm start .*\nnpm ci && npm test .*\n```/,
    );
    expect(readFileSync(path.join(ROOT, ".ci", "run"), "utf8")).toContain("\nnpm ci && npm test\n");
  });

  it("shows the recommendations the recommender makes", () => {
    const rows = [
      ...readme.matchAll(
        /^ *\| (cpu-bound|mixed|io-bound) +\| [\d.]+–[\d.]+% +\| ([^|]+?) +\| ([^|]+?) +\|/gm,
      ),
    ];
    expect(rows).toHaveLength(3);
    for (const [, profile, b1, p1v3] of rows) {
      expect(b1!.replace("workers × ", "× ").replace(/ threads$/, "")).toBe(
        shape("B1", profile as IoProfile),
      );
      expect(p1v3).toBe(shape("P1v3", profile as IoProfile));
    }
  });
});

describe("README.md inputs table", () => {
  it("lists every input the action takes", async () => {
    const { INPUT_NAMES } = await import("../src/core/inputs/inputs.js");
    const table = readme.slice(readme.indexOf("## Inputs"), readme.indexOf("## Outputs"));
    for (const name of INPUT_NAMES) expect(table, name).toContain(`\`${name}\``);
    expect(table).not.toMatch(/being built|not implemented/);
  });
});

describe("README.md example command", () => {
  it("is what the CLI prints for the plan and profile it names", async () => {
    const { execFileSync } = await import("node:child_process");
    const m = readme.match(/\(`--plan (\S+) --io-profile (\S+)`\):\n\n```\n(gunicorn [^\n]+)\n```/);
    expect(m).not.toBeNull();
    const out = execFileSync(
      process.execPath,
      [
        "dist/cli.js",
        "--json",
        "--plan",
        m![1]!,
        "--io-profile",
        m![2]!,
        "--working-directory",
        "examples/flask-basic",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(JSON.parse(out).command).toBe(m![3]);
  });
});
