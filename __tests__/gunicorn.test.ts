// Every emitted command is run by real gunicorn against real apps: the WSGI examples under
// Debian's 20.1 and the current release, the ASGI and package layouts under the current one
// (with real uvicorn workers), as App Service users install them today.
import { execFile, spawn } from "node:child_process";
import { get } from "node:http";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  checkConfig,
  DEBIAN_GUNICORN,
  freePort,
  GUNICORNS,
  serve,
  VENV_GUNICORN,
} from "./helpers/gunicorn.js";
import { DIST_CLI, EXAMPLES, FIXTURES } from "./helpers/paths.js";

const run = promisify(execFile);
const APPS = path.join(FIXTURES, "apps");

async function recommendFor(dir: string, flags: string[]) {
  const { stdout } = await run(process.execPath, [DIST_CLI, "--json", dir, ...flags]);
  return JSON.parse(stdout) as {
    command: string;
    workers: number;
    threads: number;
    workerClass: string;
    edits: { file: string; line: number; before: string; after: string }[];
  };
}

/** The response's Connection header: fetch hides hop-by-hop headers, node:http does not. */
function connectionHeader(url: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers: { connection: "keep-alive" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.headers.connection));
    }).on("error", reject);
  });
}

async function waitFor200(url: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const res = await fetch(url).catch(() => undefined);
    if (res?.status === 200) return res.text();
    await res?.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no HTTP 200 from ${url}`);
}

interface Case {
  readonly dir: string;
  readonly flags: string[];
  readonly body: string;
}

const WSGI_EXAMPLES: readonly Case[] = [
  { dir: "flask-basic", flags: ["--plan", "B1"], body: "hello from flask-basic" },
  {
    dir: "flask-basic",
    flags: ["--plan", "S2", "--io-profile", "cpu-bound"],
    body: "hello from flask-basic",
  },
  {
    dir: "flask-basic",
    flags: ["--plan", "P1v3", "--io-profile", "io-bound"],
    body: "hello from flask-basic",
  },
  { dir: "flask-application", flags: ["--plan", "B2"], body: "hello from flask-application" },
  { dir: "flask-factory", flags: ["--plan", "B1"], body: "hello from flask-factory" },
  {
    dir: "flask-subfolder",
    flags: ["--plan", "P0v3", "--io-wait-ratio", "0.8"],
    body: "hello from flask-subfolder",
  },
  { dir: "django-project", flags: ["--plan", "B1"], body: "hello from django-project" },
].map((c) => ({ ...c, dir: path.join(EXAMPLES, c.dir) }));

/** Layouts from the real-apps fixtures; ASGI ones run real uvicorn workers or gunicorn's asgi. */
const CURRENT_ONLY: readonly Case[] = [
  { dir: "fastapi-main", flags: ["--plan", "B1"], body: "hello from fastapi-main" },
  { dir: "fastapi-subclass", flags: ["--plan", "B1"], body: "hello from fastapi-subclass" },
  {
    dir: "fastapi-gunicorn-asgi",
    flags: ["--plan", "B1"],
    body: "hello from fastapi-gunicorn-asgi",
  },
  { dir: "starlette-package", flags: ["--plan", "B2"], body: "hello from starlette-package" },
  { dir: "flask-src-layout", flags: ["--plan", "B1"], body: "hello from flask-src-layout" },
  {
    dir: "flask-named-flask-app",
    flags: ["--plan", "B1", "--io-profile", "io-bound"],
    body: "hello from flask-named-flask-app",
  },
  { dir: "flask-startup-shim", flags: ["--plan", "B1"], body: "hello from flask-startup-shim" },
  {
    dir: "flask-factory-imported",
    flags: ["--plan", "B1"],
    body: "hello from flask-factory-imported",
  },
  { dir: "django-asgi-uvicorn", flags: ["--plan", "B1"], body: "hello from django-asgi-uvicorn" },
  {
    dir: "fastapi-gunicorn-conf",
    flags: ["--plan", "B1"],
    body: "hello from fastapi-gunicorn-conf",
  },
  // Found deeper than App Service looks, or through the repository's own start.
  { dir: "django-asgi-package", flags: ["--plan", "B1"], body: "hello from django-asgi-package" },
  { dir: "fastapi-deep", flags: ["--plan", "B1"], body: "hello from fastapi-deep" },
  { dir: "fastapi-boot-install", flags: ["--plan", "B1"], body: "hello from fastapi-boot-install" },
].map((c) => ({ ...c, dir: path.join(APPS, c.dir) }));

/** WSGI layouts from the real-apps fixtures, which Debian's packages can serve too. */
const WSGI_FIXTURES: readonly Case[] = [
  {
    dir: "flask-nested-package",
    flags: ["--plan", "B1", "--app-module", "shop.web:app"],
    body: "hello from flask-nested-package",
  },
  {
    dir: "django-one-folder-down",
    flags: ["--plan", "B1", "--app-module", "site/mysite.wsgi"],
    body: "hello from django-one-folder-down",
  },
  {
    dir: "django-one-folder-down",
    flags: ["--plan", "B2"],
    body: "hello from django-one-folder-down",
  },
  {
    dir: "flask-subclass-imported",
    flags: ["--plan", "B1"],
    body: "hello from flask-subclass-imported",
  },
  {
    dir: "flask-procfile-microblog",
    flags: ["--plan", "B1"],
    body: "hello from flask-procfile-microblog",
  },
  { dir: "flask-flaskenv", flags: ["--plan", "B1"], body: "hello from flask-flaskenv" },
].map((c) => ({ ...c, dir: path.join(APPS, c.dir) }));

/** A gunicorn.conf.py beside the app sets threads, a worker class and workers: the command wins. */
const WITH_CONFIG_FILE: readonly Case[] = [
  { dir: "flask-gunicorn-conf", flags: ["--plan", "B1"], body: "hello from flask-gunicorn-conf" },
].map((c) => ({ ...c, dir: path.join(APPS, c.dir) }));

const MATRIX = [
  ...[...WSGI_EXAMPLES, ...WSGI_FIXTURES, ...WITH_CONFIG_FILE].flatMap((c) =>
    GUNICORNS.map((g) => ({ ...c, gunicorn: g })),
  ),
  ...CURRENT_ONLY.map((c) => ({ ...c, gunicorn: GUNICORNS[1] })),
].map((c) => ({ ...c, label: `${path.basename(c.dir)} ${c.flags.join(" ")}` }));

describe("emitted commands under real gunicorn", () => {
  it.each(MATRIX)("$label: $gunicorn.name starts it, serves and stops", async (c) => {
    const port = await freePort();
    const rec = await recommendFor(c.dir, [...c.flags, "--port", String(port)]);
    expect(rec.command).toContain(`--bind=0.0.0.0:${port}`);

    const served = await serve(rec.command, c.dir, port, c.gunicorn.bin);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(c.body);
    // Capped workers close each connection so the kernel spreads the next; others keep it.
    const capped = rec.command.includes("--worker-connections");
    expect(capped).toBe(rec.workerClass === "gthread" && rec.workers > 1);
    const connection = await connectionHeader(`http://127.0.0.1:${port}/`);
    if (capped) expect(connection).toBe("close");
    else if (rec.workerClass === "gthread") expect(connection).not.toBe("close");
    const { code, signal, log } = await served.stop();

    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(log).toContain(`Using worker: ${rec.workerClass}`);
    expect(log.match(/Booting worker with pid/g)).toHaveLength(rec.workers);
    expect(log).toContain("Shutting down: Master");
    expect(log).not.toContain("No keepalived connections");
  });

  it.each(MATRIX)("$label: $gunicorn.name passes --check-config", async (c) => {
    const rec = await recommendFor(c.dir, c.flags);
    const { code, log } = await checkConfig(rec.command, c.dir, c.gunicorn.bin);
    expect(log).not.toMatch(/Error|Traceback/);
    expect(code).toBe(0);
  });

  it("the retuned line of a startup script boots, and the script's other steps still run", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gt-script-"));
    cpSync(path.join(APPS, "flask-startup-script"), dir, { recursive: true });
    const port = await freePort();
    const rec = await recommendFor(dir, ["--plan", "B1", "--port", String(port)]);
    expect(rec.edits).toHaveLength(1);
    const edit = rec.edits[0]!;
    const script = readFileSync(path.join(dir, edit.file), "utf8")
      .replace(edit.before, edit.after)
      .replace("--bind=0.0.0.0:8000", `--bind=127.0.0.1:${port}`);
    writeFileSync(path.join(dir, edit.file), script);
    const child = spawn("bash", [edit.file], {
      cwd: dir,
      env: { ...process.env, PATH: `${path.dirname(VENV_GUNICORN)}:${process.env.PATH}` },
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    const exited = new Promise((resolve) => child.on("exit", resolve));
    try {
      const body = await waitFor200(`http://127.0.0.1:${port}/`);
      expect(body).toContain("hello from flask-startup-script");
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
    expect(log).toContain("seeded");
    expect(log).toContain(`Using worker: ${rec.workerClass}`);
    expect(log.match(/Booting worker with pid/g)).toHaveLength(rec.workers);
  });

  it("the ASGI commands carry an event-loop worker and no --threads", async () => {
    const rec = await recommendFor(path.join(APPS, "fastapi-main"), ["--plan", "B1"]);
    expect(rec.workerClass).toBe("uvicorn.workers.UvicornWorker");
    expect(rec.command).not.toContain("--threads");
  });

  it("a sync worker would fail every request of the same FastAPI app (why ASGI matters)", async () => {
    const port = await freePort();
    const dir = path.join(APPS, "fastapi-main");
    const served = await serve(
      `gunicorn --workers 1 --worker-class sync --bind=0.0.0.0:${port} main:app`,
      dir,
      port,
      VENV_GUNICORN,
      "/nonexistent-probe-is-never-200",
    ).catch((error: Error) => error);
    expect(served).toBeInstanceOf(Error);
    expect((served as Error).message).toMatch(/TypeError|takes 1 positional argument|no HTTP 200/);
  });

  it("rejects a module that does not exist, as App Service would fail at boot", async () => {
    const { code, log } = await checkConfig(
      "gunicorn --bind=0.0.0.0:8000 --workers 1 nosuchmodule:app",
      path.join(EXAMPLES, "flask-basic"),
      DEBIAN_GUNICORN,
    );
    expect(code).not.toBe(0);
    expect(log).toMatch(/No module named 'nosuchmodule'/);
  });
});
