// Apps that keep state in their process get one worker, with the file and line that decided it;
// clean apps keep several. The emitted commands boot under real gunicorn, and a scheduler
// started at import really runs once per worker: N workers run its job N times, ours once.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEBIAN_GUNICORN, freePort, GUNICORNS, serve, VENV_GUNICORN } from "./helpers/gunicorn.js";
import { DIST_CLI, FIXTURES } from "./helpers/paths.js";

const run = promisify(execFile);
const APPS = path.join(FIXTURES, "apps");

interface Finding {
  level: string;
  message: string;
  file?: string;
  line?: number;
}
interface Result {
  command: string;
  workers: number;
  threads: number;
  workerClass: string;
  findings: Finding[];
  reasons: { workers: string; threads: string };
}

async function recommend(app: string, flags: string[] = []): Promise<Result> {
  const { stdout } = await run(process.execPath, [
    DIST_CLI,
    "--json",
    path.join(APPS, app),
    "--plan",
    "B2",
    ...flags,
  ]);
  return JSON.parse(stdout) as Result;
}

const onePerWorker = (f: Finding) => /with several workers/.test(f.message);

/** App, hazard file and line, and a word the finding's message must hold. */
const HAZARDS: readonly (readonly [string, string, number, RegExp])[] = [
  ["flask-apscheduler", "app.py", 19, /APScheduler BackgroundScheduler at import/],
  ["flask-thread-factory", "webapp/__init__.py", 19, /thread in create_app\(\)/],
  ["flask-cart-dict", "app.py", 17, /CARTS \(store\.py line 1\) in the handler add_to_cart/],
  ["django-locmem-sessions", "mysite/settings.py", 9, /sessions in the cache.*LocMemCache/],
  ["flask-caching-simple", "app.py", 5, /SimpleCache/],
  ["flask-limiter-memory", "app.py", 6, /flask-limiter's counts in memory/],
  ["flask-session-simplecache", "app.py", 7, /Flask-Session's sessions in cachelib's SimpleCache/],
  ["flask-socketio-rooms", "app.py", 5, /Flask-SocketIO without a message queue/],
  ["fastapi-lifespan-scheduler", "main.py", 16, /AsyncIOScheduler in lifespan\(\)/],
];

describe("state that several workers would split", () => {
  it.each(HAZARDS)("%s: one worker, decided by %s line %i", async (app, file, line, what) => {
    const rec = await recommend(app);
    expect(rec.workers).toBe(1);
    const finding = rec.findings.find(onePerWorker)!;
    expect(finding).toMatchObject({ level: "notice", line });
    // The CLI names files from the app folder it was given.
    expect(finding.file).toBe(file);
    expect(finding.message).toMatch(what);
    expect(finding.message).toContain("keeps one worker");
    expect(rec.reasons.workers).toContain(`${file} line ${line}`);
    expect(rec.reasons.workers).toContain("allow-multiple-workers");
  });

  it("names every hazard, and the handler's global counter too", async () => {
    const rec = await recommend("flask-cart-dict");
    expect(rec.findings.filter(onePerWorker).map((f) => f.line)).toEqual([17, 24]);
  });

  it("moves the requests in flight into one process's threads (B2 mixed: 6 × 4 → 1 × 24)", async () => {
    const clean = await recommend("flask-clean");
    const kept = await recommend("flask-apscheduler");
    expect([clean.workers, clean.threads]).toEqual([6, 4]);
    expect([kept.workers, kept.threads, kept.workerClass]).toEqual([1, 24, "gthread"]);
    expect(kept.command).not.toContain("--worker-connections");
  });

  it("allow-multiple-workers keeps the plan's workers and warns instead", async () => {
    const rec = await recommend("flask-apscheduler", ["--allow-multiple-workers", "true"]);
    expect(rec.workers).toBe(6);
    const finding = rec.findings.find(onePerWorker)!;
    expect(finding.level).toBe("warning");
    expect(finding.message).toContain(
      "allow-multiple-workers is set, so the command runs 6 workers",
    );
  });

  it.each(["flask-clean", "django-clean"])("%s: no such finding, several workers", async (app) => {
    const rec = await recommend(app);
    expect(rec.findings.filter(onePerWorker)).toEqual([]);
    expect(rec.findings.filter((f) => f.level !== "notice")).toEqual([]);
    expect(rec.workers).toBeGreaterThan(1);
  });

  it("SQLite written by the app: a warning, and the workers stay", async () => {
    const rec = await recommend("flask-sqlite-writes");
    expect(rec.workers).toBeGreaterThan(1);
    const warning = rec.findings.find((f) => f.level === "warning")!;
    expect(warning.message).toMatch(/SQLite.*network share/);
    expect(warning.line).toBe(5);
  });

  it("counts database connections from the app's own pool", async () => {
    const clean = await recommend("flask-clean");
    expect(clean.findings.map((f) => f.message)).toContain(
      "Up to 24 database connections at peak per instance: 6 workers × 4 (create_engine() (pool_size 10 + max_overflow 20)). Check that the database allows that many, or set max-connections to its limit per instance.",
    );
    const django = await recommend("django-clean");
    expect(
      django.findings.some((f) => /6 workers × 4 \(Django: one per thread\)/.test(f.message)),
    ).toBe(true);
  });

  it("warns when a worker has more threads than its pool has connections", async () => {
    const rec = await recommend("flask-clean", ["--io-wait-ratio", "0.995", "--plan", "B1"]);
    expect(rec.threads).toBeGreaterThan(30);
    const warning = rec.findings.find((f) => /pool holds 30 connections/.test(f.message));
    expect(warning?.level).toBe("warning");
  });
});

describe("under real gunicorn", () => {
  it("a scheduler started at import runs in every worker: 3 workers, 3 schedulers; the emitted command, 1", async () => {
    const dir = path.join(APPS, "flask-apscheduler");
    const schedulers = async (command: string) => {
      const tmp = mkdtempSync(path.join(tmpdir(), "gt-ticks-"));
      const ticks = path.join(tmp, "ticks");
      const port = Number(/--bind=0\.0\.0\.0:(\d+)/.exec(command)![1]);
      const served = await serve(command, dir, port, VENV_GUNICORN, "/", {
        ...process.env,
        TICK_FILE: ticks,
      });
      // Every scheduler runs the job at once, then each second; 2.5 s is plenty for all to run.
      await new Promise((r) => setTimeout(r, 2500));
      const { code } = await served.stop();
      expect(code).toBe(0);
      const pids = new Set(readFileSync(ticks, "utf8").trim().split("\n"));
      rmSync(tmp, { recursive: true, force: true });
      return pids.size;
    };
    const port = await freePort();
    const rec = await recommend("flask-apscheduler", ["--port", String(port)]);
    const several = rec.command.replace("--workers 1", "--workers 3");
    expect(await schedulers(several)).toBe(3);
    expect(await schedulers(rec.command)).toBe(1);
  });

  const BOOTS = [
    ...[
      "flask-thread-factory",
      "flask-cart-dict",
      "django-locmem-sessions",
      "django-clean",
    ].flatMap((app) => GUNICORNS.map((g) => ({ app, gunicorn: g }))),
    ...["flask-apscheduler", "flask-session-simplecache", "flask-sqlite-writes", "flask-clean"].map(
      (app) => ({ app, gunicorn: GUNICORNS[1] }),
    ),
    { app: "fastapi-lifespan-scheduler", gunicorn: GUNICORNS[1] },
    // Debian packages Flask-SocketIO beside its gunicorn 20.1; the wheel index has none.
    {
      app: "flask-socketio-rooms",
      gunicorn: { name: "Debian's gunicorn 20.1", bin: DEBIAN_GUNICORN },
    },
  ];

  it.each(BOOTS)(
    "$app: $gunicorn.name serves it with the emitted command",
    async ({ app, gunicorn }) => {
      const port = await freePort();
      const rec = await recommend(app, ["--port", String(port)]);
      const dir = path.join(APPS, app);
      const served = await serve(rec.command, dir, port, gunicorn.bin);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`hello from ${app}`);
      const { code, log } = await served.stop();
      expect(code).toBe(0);
      expect(log.match(/Booting worker with pid/g)).toHaveLength(rec.workers);
    },
  );

  it("one worker keeps Django's in-memory sessions: the count goes on across requests", async () => {
    const port = await freePort();
    const app = "django-locmem-sessions";
    const rec = await recommend(app, ["--port", String(port)]);
    const served = await serve(rec.command, path.join(APPS, app), port, VENV_GUNICORN);
    let cookie = "";
    const bodies: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie } });
      cookie = res.headers.get("set-cookie")?.split(";")[0] ?? cookie;
      bodies.push(await res.text());
    }
    await served.stop();
    expect(bodies.map((b) => b.split(" ").at(-1))).toEqual(["1", "2", "3", "4", "5"]);
  });
});
