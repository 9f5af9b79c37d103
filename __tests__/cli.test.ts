// The bundled CLI: the same core as the action, in a terminal.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DIST_CLI, FIXTURES, ROOT } from "./helpers/paths.js";

const exec = promisify(execFile);

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [DIST_CLI, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("dist/cli.js", () => {
  it("prints the report for the bundled example (npm start)", async () => {
    const { code, stdout } = await cli([
      "--plan",
      "B1",
      "--working-directory",
      "examples/flask-basic",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "gunicorn --bind=0.0.0.0:8000 --timeout 230 --workers 4 --access-logfile - app:app",
    );
    expect(stdout).toMatch(/^workers\s+4\s+1 vCPU and 50%/m);
    expect(stdout).toContain("No findings");
  });

  it("prints one JSON object with --json", async () => {
    const { code, stdout } = await cli([
      "--json",
      "--plan=s3",
      "--io-profile",
      "cpu-bound",
      "--working-directory",
      "examples/flask-application",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      command: expect.stringMatching(/^gunicorn .* application:app$/),
      workers: 7,
      threads: 1,
      workerClass: "sync",
      timeout: 230,
      findings: [],
    });
  });

  it("exits 1 when findings fail the run", async () => {
    const { code, stdout } = await cli([
      "--plan",
      "B1",
      "--working-directory",
      path.join(FIXTURES, "no-requirements"),
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ERROR: No requirements\.txt/);
  });

  it("exits 2 with the input named on bad input", async () => {
    const { code, stderr } = await cli(["--plan", "B9"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gunicorn-tuner: plan: "B9" is not valid; did you mean/);
    const unknown = await cli(["--plan", "B1", "--bogus", "1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option --bogus");
  });

  it("lists its flags with --help", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--io-wait-ratio");
    expect(stdout).toContain("--json");
  });
});

describe("dist/cli.js scope", () => {
  it("refuses the action's Azure and comment flags rather than ignoring them", async () => {
    for (const flag of ["--app-name", "--mode", "--github-token"]) {
      const { code, stderr } = await cli(["--plan", "B1", flag, "x"]);
      expect(code).toBe(2);
      expect(stderr).toContain(`unknown option ${flag}`);
    }
  });
});
