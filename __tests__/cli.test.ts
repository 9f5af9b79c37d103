// The bundled CLI: the same core as the action, in a terminal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FLAG_HELP } from "../src/cli/args.js";
import { CLI_INPUTS, DEFAULTS } from "../src/core/inputs/input-names.js";
import { FIXTURES, ROOT } from "./helpers/paths.js";
import { cli } from "./helpers/run-cli.js";

const RECOMMENDED_B1 =
  "gunicorn --workers 3 --threads 4 --worker-class gthread --worker-connections 4 --keep-alive 0 --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app";

describe("dist/cli.js", () => {
  it("prints the report for the bundled example (npm start)", async () => {
    const { code, stdout } = await cli([
      "--plan",
      "B1",
      "--working-directory",
      "examples/flask-basic",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("✔ flask-basic is ready for App Service (B1)");
    expect(stdout).toContain(RECOMMENDED_B1);
    expect(stdout).toMatch(
      /^workers 3\s+1 vCPU and the mixed profile \(apps that wait 30–85% of each request\): 3 workers, the configuration that held up best across that band\. \(https:\/\/github\.com\/gunicorn-tuner\/gunicorn-tuner\/blob\/v[\d.]+\/docs\/how-the-numbers-are-chosen\.md#presets\)$/m,
    );
    expect(stdout).toContain(
      "NOTICE: io-profile and worker-memory-mb auto: no site was given to measure, so the mixed preset (30–85 % waiting) and 150 MB per worker were used. Give app-name and resource-group-name (and sign in to Azure) to measure the live site, or set io-profile and worker-memory-mb.",
    );
  });

  it("sizes an app whose handlers call a language model for seconds-long waits by default, naming the line", async () => {
    const app = path.join(FIXTURES, "apps", "flask-llm-stream");
    const { code, stdout } = await cli([app, "--plan", "B1", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const long = await cli([app, "--plan", "B1", "--json", "--io-wait-ratio", "0.998"]);
    expect(json.command).toBe(JSON.parse(long.stdout).command);
    const ioBound = JSON.parse(
      (await cli([app, "--plan", "B1", "--json", "--io-profile", "io-bound"])).stdout,
    );
    expect(json.workers * json.threads).toBeGreaterThan(ioBound.workers * ioBound.threads);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        level: "notice",
        file: "chat/answers.py",
        line: 7,
        message: expect.stringMatching(
          /^io-profile auto: the handler ask\(\) calls a language model \(`openai\.AzureOpenAI\.chat\.completions\.create`, chat\/answers\.py line 7\), so it is sized for requests that wait seconds for a few milliseconds of CPU \(99\.8 % waiting, streamed\)\./,
        ),
      }),
    );
  });

  it("sizes an app whose handlers call an HTTP API as io-bound by default, naming the line", async () => {
    const app = path.join(FIXTURES, "apps", "flask-http-api");
    const json = JSON.parse((await cli([app, "--plan", "B1", "--json"])).stdout);
    const preset = JSON.parse(
      (await cli([app, "--plan", "B1", "--json", "--io-profile", "io-bound"])).stdout,
    );
    expect(json.command).toBe(preset.command);
    expect(json.command).toContain("--workers 2 --threads 32");
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        file: "main.py",
        line: 15,
        message: expect.stringMatching(
          /^io-profile auto: the handler weather\(\) calls a remote service \(`requests\.get`, main\.py line 15\), so the io-bound preset stands in/,
        ),
      }),
    );
  });

  it("takes the app folder as a positional argument", async () => {
    const { code, stdout } = await cli(["examples/flask-basic", "--plan", "B1"]);
    expect(code).toBe(0);
    expect(stdout).toContain(RECOMMENDED_B1);
    const twice = await cli([
      "examples/flask-basic",
      "--plan",
      "B1",
      "--working-directory",
      "examples",
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("the app folder is given twice");
  });

  it("prints one JSON object with --json, module and chdir apart", async () => {
    const { code, stdout } = await cli([
      "--json",
      "--plan=s3",
      "--io-profile",
      "cpu-bound",
      "examples/flask-subfolder",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      command: expect.stringMatching(/^gunicorn .* --chdir src app:app$/),
      module: "app:app",
      chdir: "src",
      framework: "flask",
      protocol: "wsgi",
      workers: 7,
      threads: 1,
      workerClass: "sync",
      timeout: 230,
      findings: [
        expect.objectContaining({
          level: "notice",
          message: expect.stringMatching(/^Found the app in src\/app\.py/),
        }),
        expect.objectContaining({
          level: "notice",
          message: expect.stringMatching(/^worker-memory-mb auto/),
        }),
      ],
    });
  });

  it("gives no numbers in --json for an app that does not exist", async () => {
    const { code, stdout } = await cli([
      "--json",
      "--plan",
      "B1",
      path.join(FIXTURES, "empty-app"),
    ]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.command).toBeNull();
    expect(json).not.toHaveProperty("workers");
    expect(json).not.toHaveProperty("threads");
  });

  it("exits 1 when findings fail the run, and says why", async () => {
    const { code, stdout, stderr } = await cli([
      "--plan",
      "B1",
      path.join(FIXTURES, "no-requirements"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "gunicorn-tuner: failing: 1 error and 0 warnings with --fail-on error (see Findings above)\n",
    );
    expect(stdout.split("\n")[0]).toBe("✘ no-requirements: blocked, fix 1 error first (B1)");
    expect(stdout).toMatch(/ERROR: No requirements\.txt/);
  });

  it("asks for --plan in one line, and lists the SKUs in --help", async () => {
    const { code, stderr } = await cli(["examples/flask-basic"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "gunicorn-tuner: --plan is required: gunicorn-tuner [path] --plan B1 (--help lists the SKUs; auto reads the site's)\n",
    );
    expect((await cli(["--help"])).stdout).toMatch(/^Plans: F1, B1, B2, .*, P1v3, /m);
  });

  it("takes --json as a flag in each of its spellings", async () => {
    const base = ["--plan", "B1", "examples/flask-basic"];
    for (const [flag, json] of [
      ["--json", true],
      ["--json=true", true],
      ["--json=false", false],
      ["--no-json", false],
    ] as const) {
      const { code, stdout } = await cli([...base, flag]);
      expect(code, flag).toBe(0);
      expect(stdout.startsWith("{"), flag).toBe(json);
    }
  });

  it("keeps a long worker class apart from its reason, and names files from the app folder", async () => {
    const { stdout } = await cli([
      "--plan",
      "B1",
      "--io-profile",
      "mixed",
      path.join(FIXTURES, "apps", "fastapi-lifespan-scheduler"),
    ]);
    expect(stdout).toMatch(/^worker class uvicorn\S+ {2,}\S/m);
    expect(stdout).not.toMatch(/ \.\.\//);
    expect(stdout).not.toContain("Pass --io-profile");
  });

  it("exits 2 with the flag, the value and a close match on bad input", async () => {
    const { code, stderr } = await cli(["--plan", "B9"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gunicorn-tuner: plan: "B9" is not valid; did you mean B1, B2, B3/);
    const unknown = await cli(["--plan", "B1", "--io-profle", "mixed"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option --io-profle; did you mean --io-profile?");
    const missing = await cli(["--plan"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--plan needs a value");
  });

  it("describes every flag with --help: what it is, what it accepts, its default", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: gunicorn-tuner \[path\] --plan SKU \[options\]/);
    for (const name of CLI_INPUTS) {
      const line = stdout.split("\n").find((l) => l.trimStart().startsWith(`--${name} VALUE`));
      expect(line, name).toBeDefined();
      expect(line).toContain(FLAG_HELP[name]);
      if (DEFAULTS[name]) expect(line).toContain(`(default ${DEFAULTS[name]})`);
    }
    for (const flag of ["--json", "--version", "-h, --help"]) expect(stdout).toContain(flag);
  });

  it("prints its version with --version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const { code, stdout } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`gunicorn-tuner ${version}\n`);
  });

  it("prints no colour codes when not on a terminal, nor in --json", async () => {
    const text = await cli(["--plan", "B1", "examples/flask-basic"], {
      ...process.env,
      FORCE_COLOR: "1",
    });
    expect(text.stdout).not.toContain("\x1b[");
    const json = await cli(["--json", "--plan", "B1", "examples/flask-basic"]);
    expect(json.stdout).not.toContain("\x1b[");
  });
});

describe("dist/cli.js scope", () => {
  it("refuses the inputs only a workflow can give, rather than ignoring them", async () => {
    for (const flag of ["--github-token", "--comment-on", "--client-id", "--tenant-id"]) {
      const { code, stderr } = await cli(["--plan", "B1", flag, "x"]);
      expect(code).toBe(2);
      expect(stderr).toContain(`unknown option ${flag}`);
    }
    const comment = await cli(["--plan", "B1", "--mode", "comment", "examples/flask-basic"]);
    expect(comment.code).toBe(2);
    expect(comment.stderr).toBe(
      "gunicorn-tuner: --mode comment posts on a pull request: it is for the action\n",
    );
  });
});
