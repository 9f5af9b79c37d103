// gunicorn's --reload left in a start-up: a warning where it is written, never a silent keep.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/core/analysis.js";
import { siteReloadFinding } from "../src/core/command/dev-settings.js";
import { parseInputs } from "../src/core/inputs/inputs.js";
import { scanApp } from "../src/fs/repo-scan.js";
import { FIXTURES, ROOT } from "./helpers/paths.js";

describe("--reload and reload = True", () => {
  it("warns in startup.sh and gunicorn.conf.py, with the line", async () => {
    const dir = path.relative(ROOT, path.join(FIXTURES, "apps", "flask-reload"));
    const inputs = parseInputs(
      (name) => ({ plan: "B1", "working-directory": dir, "io-profile": "mixed" })[name] ?? "",
    );
    const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
    const { findings, command } = analyze(snapshot, inputs, {
      sku: "B1",
      cores: 1,
      memoryMb: 1792,
      sharedCpu: false,
    });
    expect(command).toMatch(/^gunicorn --workers 3 /);
    const reload = findings.filter((f) => /reload/.test(f.message) && f.level === "warning");
    expect(reload).toEqual([
      expect.objectContaining({
        file: `${dir}/startup.sh`,
        line: 2,
        message: expect.stringMatching(
          /^startup\.sh starts gunicorn with --reload: workers restart whenever a file changes/,
        ),
      }),
      expect.objectContaining({
        file: `${dir}/gunicorn.conf.py`,
        line: 2,
        message: expect.stringMatching(/^gunicorn\.conf\.py sets reload = True/),
      }),
    ]);
  });

  it("warns for the site's own command, and not for one without it", () => {
    expect(siteReloadFinding("python manage.py migrate && gunicorn --reload app:app")).toHaveLength(
      1,
    );
    expect(siteReloadFinding("gunicorn --reload-engine auto app:app")).toEqual([]);
    expect(siteReloadFinding("gunicorn app:app")).toEqual([]);
  });
});
