// The bundled action, run as the runner runs it (node24, INPUT_* variables, output files).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { annotations, runAction } from "./helpers/run-action.js";
import { EXAMPLES, FIXTURES, ROOT } from "./helpers/paths.js";

describe("dist/index.js in output mode", () => {
  it("runs on Node 24, the runtime action.yml declares", () => {
    expect(process.versions.node.split(".")[0]).toBe("24");
  });

  it("sets every output and writes the job summary", async () => {
    const run = await runAction({
      plan: "B2",
      "working-directory": "examples/flask-basic",
      "io-profile": "io-bound",
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      "startup-command":
        "gunicorn --workers 11 --threads 8 --worker-class gthread --worker-connections 8 --keep-alive 0 --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app",
      workers: "11",
      threads: "8",
      "worker-class": "gthread",
      timeout: "230",
      "max-concurrency": "88",
      findings: expect.stringMatching(
        /^\[\{"level":"notice","message":"worker-memory-mb auto: no site was given to measure, so 150 MB per worker was used\./,
      ),
      "io-wait-ratio": "0.95",
      "worker-memory-mb": "150",
      measured: "false",
      "peak-requests-per-second": "",
    });
    expect(run.summary.split("\n")[0]).toBe("### ✅ flask-basic is ready for App Service · `B2`");
    expect(run.summary).toContain("```sh\ngunicorn --workers 11 --threads 8");
    expect(run.summary).toContain(
      "| workers | 1 sync worker × 1 thread | **11 gthread workers × 8 threads** |",
    );
    expect(run.summary).toMatch(
      /- \*\*workers\*\* `11`: 2 vCPU and 95% of each request spent waiting/,
    );
    expect(run.summary).toContain("Plan `B2`: 2 vCPU, 3584 MB per instance");
    expect(run.summary).toMatch(/<sub>gunicorn-tuner \d+\.\d+\.\d+<\/sub>\n$/);
  });

  it("turns findings into annotations with file and line, and fails after writing outputs", async () => {
    const dir = path.relative(ROOT, path.join(FIXTURES, "run-at-import"));
    const run = await runAction({
      plan: "B1",
      "working-directory": dir,
      "io-profile": "mixed",
      "worker-memory-mb": "150",
    });
    expect(run.code).toBe(1);
    expect(run.outputs["startup-command"]).toMatch(/ app:app$/);
    const findings = JSON.parse(run.outputs.findings!) as Array<{
      level: string;
      file: string;
      line: number;
    }>;
    expect(findings).toEqual([
      expect.objectContaining({ level: "error", file: `${dir}/app.py`, line: 11 }),
    ]);
    const errors = annotations(run.stdout).filter((a) => a.level === "error");
    expect(errors[0]!.props).toContain(`file=${dir}/app.py,line=11`);
    expect(errors.at(-1)!.message).toMatch(/found 1 error and 0 warnings \(fail-on: error\)/);
  });

  it("fails on warnings only with fail-on: warning", async () => {
    const dir = path.relative(ROOT, path.join(FIXTURES, "two-subfolders"));
    const inputs = {
      plan: "B1",
      "working-directory": dir,
      "app-module": "a.web:app",
      "io-profile": "mixed",
      "worker-memory-mb": "150",
    };
    const lenient = await runAction(inputs);
    expect(JSON.parse(lenient.outputs.findings!)).toEqual([
      expect.objectContaining({ level: "warning", message: expect.stringMatching(/gunicorn/) }),
    ]);
    expect(lenient.code).toBe(0);
    const strict = await runAction({ ...inputs, "fail-on": "warning" });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(
      /::error::gunicorn-tuner found 0 errors and 1 warning \(fail-on: warning\)/,
    );
  });

  it("emits no command when the app cannot be found", async () => {
    const run = await runAction({
      plan: "B1",
      "working-directory": path.relative(ROOT, path.join(FIXTURES, "empty-app")),
    });
    expect(run.code).toBe(1);
    expect(run.outputs["startup-command"]).toBe("");
    expect(run.summary.split("\n")[0]).toBe("### ❌ empty-app: no app found · `B1`");
    expect(run.summary).not.toContain("workers");
  });

  it("rejects bad input before doing anything, naming the input", async () => {
    const run = await runAction({
      plan: "B1",
      "working-directory": "examples/flask-basic",
      "app-module": "app:app; curl x",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::app-module: "app:app; curl x" is not valid');
    expect(run.outputs).toEqual({});
    // The job summary says why the run stopped, and nothing more.
    expect(run.summary).toBe(
      '## gunicorn-tuner stopped\n\napp-module: "app:app; curl x" is not valid; use auto, module:callable (app:app), module:factory() (app:create_app()) or a dotted module (mysite.wsgi), after a folder when it lives in one (site/proj.wsgi); letters, digits, _ and . only\n',
    );
  });

  it("works from the example folder as the workspace", async () => {
    const run = await runAction(
      { plan: "P1mv3", "io-wait-ratio": "0.6" },
      {},
      path.join(EXAMPLES, "django-project"),
    );
    expect(run.code).toBe(0);
    expect(run.outputs["startup-command"]).toMatch(/ mysite\.wsgi:application$/);
  });
});
