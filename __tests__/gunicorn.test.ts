// Every emitted command is run by real gunicorn (Debian's package) against the example apps.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkConfig, freePort, serve } from "./helpers/gunicorn.js";
import { DIST_CLI, EXAMPLES } from "./helpers/paths.js";

const run = promisify(execFile);

async function recommendFor(example: string, flags: string[]) {
  const { stdout } = await run(process.execPath, [
    DIST_CLI,
    "--json",
    "--working-directory",
    path.join(EXAMPLES, example),
    ...flags,
  ]);
  return JSON.parse(stdout) as {
    command: string;
    workers: number;
    threads: number;
    workerClass: string;
  };
}

const CASES = [
  { example: "flask-basic", flags: ["--plan", "B1"], body: "hello from flask-basic" },
  {
    example: "flask-basic",
    flags: ["--plan", "S2", "--io-profile", "cpu-bound"],
    body: "hello from flask-basic",
  },
  {
    example: "flask-basic",
    flags: ["--plan", "P1v3", "--io-profile", "io-bound"],
    body: "hello from flask-basic",
  },
  { example: "flask-application", flags: ["--plan", "B2"], body: "hello from flask-application" },
  { example: "flask-factory", flags: ["--plan", "B1"], body: "hello from flask-factory" },
  {
    example: "flask-subfolder",
    flags: ["--plan", "P0v3", "--io-wait-ratio", "0.8"],
    body: "hello from flask-subfolder",
  },
  { example: "django-project", flags: ["--plan", "B1"], body: "hello from django-project" },
];

describe("emitted commands under real gunicorn", () => {
  it.each(CASES)(
    "$example with $flags starts, serves and stops",
    async ({ example, flags, body }) => {
      const port = await freePort();
      const rec = await recommendFor(example, [...flags, "--port", String(port)]);
      expect(rec.command).toContain(`--bind=0.0.0.0:${port}`);
      const cwd = path.join(EXAMPLES, example);

      const served = await serve(rec.command, cwd, port);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(body);
      const { code, signal, log } = await served.stop();

      expect(signal).toBeNull();
      expect(code).toBe(0);
      expect(log).toContain(`Using worker: ${rec.workerClass}`);
      expect(log.match(/Booting worker with pid/g)).toHaveLength(rec.workers);
      expect(log).toContain("Shutting down: Master");
    },
  );

  it.each(CASES)(
    "$example with $flags passes gunicorn --check-config",
    async ({ example, flags }) => {
      const rec = await recommendFor(example, flags);
      const { code, log } = await checkConfig(rec.command, path.join(EXAMPLES, example));
      expect(log).not.toMatch(/Error|Traceback/);
      expect(code).toBe(0);
    },
  );

  it("rejects a module that does not exist, as App Service would fail at boot", async () => {
    const { code, log } = await checkConfig(
      "gunicorn --bind=0.0.0.0:8000 --workers 1 nosuchmodule:app",
      path.join(EXAMPLES, "flask-basic"),
    );
    expect(code).not.toBe(0);
    expect(log).toMatch(/No module named 'nosuchmodule'/);
  });
});
