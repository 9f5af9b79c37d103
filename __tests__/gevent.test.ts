// An app that patches gevent in at import is served by gevent workers, sized with
// --worker-connections, never switched to gthread; Debian's gunicorn 20.1 with python3-gevent
// serves it with the emitted command.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../src/core/command/command.js";
import type { BuildInputs } from "../src/core/detect/dependencies.js";
import { documentedWorker } from "../src/core/detect/documented-worker.js";
import { DEBIAN_GUNICORN, freePort, serve } from "./helpers/gunicorn.js";
import { DIST_CLI, FIXTURES } from "./helpers/paths.js";

const exec = promisify(execFile);
const APP = path.join(FIXTURES, "apps", "flask-gevent");

describe("a gevent app", () => {
  it("gets gevent workers with their connections stated, and Debian's gunicorn serves it", async () => {
    const port = await freePort();
    const { stdout } = await exec(process.execPath, [
      DIST_CLI,
      APP,
      "--plan",
      "B2",
      "--io-profile",
      "io-bound",
      "--port",
      String(port),
      "--json",
    ]);
    const report = JSON.parse(stdout);
    expect(report.command).toBe(
      `gunicorn --workers 2 --worker-class gevent --worker-connections 1000 --bind=0.0.0.0:${port} --timeout 230 --access-logfile - app:app`,
    );
    expect(parseCommand(report.command)).toMatchObject({
      workerClass: "gevent",
      workerConnections: 1000,
    });
    expect(report.reasons.workerClass).toMatch(
      /installs gevent and the app patches gevent in at import/,
    );
    const served = await serve(report.command, APP, port, DEBIAN_GUNICORN);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/`).then((r) => r.text())),
    );
    expect(new Set(answers)).toEqual(new Set(["hello from flask-gevent"]));
    const { code, log } = await served.stop();
    expect(code).toBe(0);
    expect(log).toContain("Using worker: gevent");
    expect(log.match(/Booting worker with pid/g)).toHaveLength(2);
  });
});

describe("the worker a repository documents", () => {
  const build = (deps: Record<string, string>): BuildInputs => {
    const dependencies = new Map(
      Object.entries(deps).map(([name, spec]) => [
        name,
        {
          name,
          extras: [],
          specs: spec ? [{ operator: spec.slice(0, 1), version: spec.slice(1) }] : [],
          file: "requirements.txt",
          line: 1,
        },
      ]),
    );
    return {
      tool: "pip",
      file: "requirements.txt",
      dependencies,
      constraints: new Map(),
      findings: [],
    };
  };
  const files = (entries: Record<string, string>) => ({ files: new Map(Object.entries(entries)) });

  it("takes gevent from the repository's own start command", () => {
    const found = documentedWorker(
      files({ Procfile: "web: gunicorn -k gevent -w 4 app:app" }),
      build({ flask: "", gevent: "" }),
      ["Procfile"],
    );
    expect(found).toMatchObject({
      workerClass: "gevent",
      why: expect.stringContaining("Procfile starts it with -k gevent"),
    });
  });

  it("says gunicorn 26 removed eventlet unless the build keeps gunicorn below it", () => {
    const app = { "app.py": "import eventlet\neventlet.monkey_patch()\n" };
    expect(documentedWorker(files(app), build({ eventlet: "", gunicorn: "" }), [])).toMatchObject({
      error: expect.stringContaining("gunicorn 26 removed"),
    });
    expect(
      documentedWorker(files(app), build({ eventlet: "", gunicorn: "<26" }), []),
    ).toMatchObject({ workerClass: "eventlet" });
  });

  it("leaves an app that only lists gevent to the usual sizing", () => {
    expect(
      documentedWorker(files({ "app.py": "import flask\n" }), build({ gevent: "" }), []),
    ).toBeUndefined();
  });
});
