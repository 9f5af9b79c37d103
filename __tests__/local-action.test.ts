// GitHub's @github/local-action, the tool action authors debug with, runs the action from its
// TypeScript sources through the exported run(): with the token passed through as the literal
// text `${{ github.token }}`, as local-action does, and with no Azure.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const exec = promisify(execFile);

describe("@github/local-action", () => {
  it("runs src/action/main.ts and sets the outputs and the job summary", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "local-action-"));
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "");
    const env = path.join(dir, ".env");
    writeFileSync(
      env,
      [
        "INPUT_PLAN=B1",
        "INPUT_WORKING-DIRECTORY=examples/flask-basic",
        "INPUT_IO-PROFILE=mixed",
        "INPUT_GITHUB-TOKEN=${{ github.token }}",
        `GITHUB_STEP_SUMMARY=${summary}`,
      ].join("\n") + "\n",
    );
    const bin = path.join(ROOT, "node_modules", ".bin", "local-action");
    const { stdout } = await exec(bin, ["run", ".", "src/action/main.ts", env], {
      cwd: ROOT,
      env: { ...process.env, npm_config_yes: "true" },
    });
    expect(stdout).toContain(
      "::set-output name=startup-command::gunicorn --workers 3 --threads 4 --worker-class gthread",
    );
    expect(stdout).not.toContain("::error");
    expect(readFileSync(summary, "utf8")).toContain("is ready for App Service");
  });
});
