// Where the command lives: compound commands, scripts, config files and app settings, and how
// each is changed without losing a step. Plain text in, plans out.
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/core/command/command.js";
import { cmdArgsSized, effective } from "../../src/core/command/gunicorn-settings.js";
import { readStartupCommand, retune } from "../../src/core/command/startup-command.js";
import {
  planSite,
  repoEdits,
  settingsFindings,
  sizedFlags,
} from "../../src/core/command/startup-plan.js";

const COMMAND =
  "gunicorn --workers 4 --threads 1 --worker-class sync --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app";
const config = parseCommand(COMMAND);
const plan = (appCommandLine: string, files: Record<string, string> = {}, settings = {}) =>
  planSite({
    appCommandLine,
    settings,
    files: new Map(Object.entries(files)),
    command: COMMAND,
    config,
    cores: 1,
  });

describe("readStartupCommand", () => {
  it.each([
    ["gunicorn app:app", "gunicorn"],
    ["python manage.py migrate && gunicorn --workers 2 mysite.wsgi", "gunicorn"],
    ["exec gunicorn -w 4 -k uvicorn.workers.UvicornWorker main:app", "gunicorn"],
    ["python -m gunicorn --workers=3 app:app", "gunicorn"],
    [
      "GUNICORN_CMD_ARGS='--timeout 600' /home/site/wwwroot/antenv/bin/gunicorn app:app",
      "gunicorn",
    ],
    ["startup.sh", "script"],
    ["bash /home/site/wwwroot/startup.sh", "script"],
    ["python -m uvicorn main:app --host 0.0.0.0", "server"],
    ["python app.py", "server"],
    ["python manage.py migrate && python manage.py runworker", "other"],
    ["", "empty"],
  ])("%j is %s", (text, kind) => {
    expect(readStartupCommand(text).kind).toBe(kind);
  });

  it("reads the sized flags in every spelling, and the config file and module", () => {
    const shape = readStartupCommand(
      "gunicorn -w4 --threads=8 -k gthread -t 60 -c conf/g.py --preload app:app",
    );
    expect(shape.kind === "gunicorn" && shape.gunicorn).toMatchObject({
      settings: { workers: 4, threads: 8, workerClass: "gthread", timeout: 60 },
      config: "conf/g.py",
      module: "app:app",
    });
  });
});

describe("retune", () => {
  it("rewrites only the gunicorn step's sized flags and keeps every other byte", () => {
    const text =
      "python manage.py migrate && gunicorn -w 1 --log-level debug  --bind=0.0.0.0 'mysite.wsgi' ; echo done";
    const shape = readStartupCommand(text);
    if (shape.kind !== "gunicorn") throw new Error("no gunicorn step");
    expect(retune(text, shape.gunicorn, sizedFlags(config))).toBe(
      "python manage.py migrate && gunicorn --workers 4 --threads 1 --worker-class sync --timeout 230 --log-level debug --bind=0.0.0.0 'mysite.wsgi' ; echo done",
    );
  });
});

describe("planSite", () => {
  it("retunes the gunicorn step of a compound command and keeps the prefix", () => {
    const result = plan("python manage.py migrate && gunicorn --bind=0.0.0.0 app:app");
    expect(result).toMatchObject({
      status: "write",
      command:
        "python manage.py migrate && gunicorn --workers 4 --threads 1 --worker-class sync --timeout 230 --bind=0.0.0.0 app:app",
      current: { workers: 1, threads: 1, workerClass: "sync", timeout: 30 },
    });
  });

  it("writes nothing when the site's command means the same, however it is spelled", () => {
    expect(
      plan("gunicorn --timeout=230 -k sync --threads=1 --workers=4 --bind 0.0.0.0:8000 app:app")
        .status,
    ).toBe("unchanged");
    expect(plan("python manage.py migrate && gunicorn -w 4 -t 230 app:app").status).toBe(
      "unchanged",
    );
  });

  it("counts GUNICORN_CMD_ARGS, gunicorn.conf.py and WEB_CONCURRENCY in gunicorn's order", () => {
    const conf = { "gunicorn.conf.py": 'threads = 4\nworker_class = "gthread"\n' };
    expect(plan("gunicorn -w 4 -t 230 app:app", conf)).toMatchObject({
      status: "write",
      current: { workers: 4, threads: 4, workerClass: "gthread" },
    });
    expect(plan("gunicorn -t 230 app:app", {}, { WEB_CONCURRENCY: "4" }).status).toBe("unchanged");
    expect(
      effective({
        commandLine: { workers: 2 },
        cmdArgs: cmdArgsSized("--workers 9 --threads 3"),
        configFile: { threads: 8 },
      }),
    ).toEqual({
      workers: 2,
      threads: 3,
      workerClass: "gthread",
      timeout: 30,
      workerConnections: 1000,
      keepAlive: 2,
    });
  });

  it("refuses to replace a script, naming the steps that would be lost and the line to change", () => {
    const script = "#!/bin/bash\nset -e\npython seed.py\nexec gunicorn --workers 1 app:app\n";
    const result = plan("bash /home/site/wwwroot/startup.sh", { "startup.sh": script });
    expect(result.status).toBe("refused");
    const reason = result.status === "refused" ? result.reason : "";
    expect(reason).toContain("would lose `set -e`, `python seed.py`");
    expect(reason).toContain(
      "Change line 4 of startup.sh from `exec gunicorn --workers 1 app:app` to `exec gunicorn --workers 4 --threads 1 --worker-class sync --timeout 230 app:app`",
    );
  });

  it("writes nothing and needs nothing when the script already runs the recommendation", () => {
    const script = "python seed.py\ngunicorn -w 4 -t 230 app:app\n";
    expect(plan("startup.sh", { "startup.sh": script }).status).toBe("unchanged");
  });

  it("refuses a command with steps but no gunicorn, and replaces a lone start of this app", () => {
    expect(plan("python manage.py migrate && python worker.py").status).toBe("refused");
    expect(plan("python -m uvicorn app:app --host 0.0.0.0")).toMatchObject({
      status: "write",
      command: COMMAND,
    });
    expect(plan("python -m uvicorn main:app --host 0.0.0.0").status).toBe("refused");
    expect(plan("")).toMatchObject({
      status: "write",
      command: COMMAND,
      current: { workers: 1, timeout: 600 },
    });
  });

  it("knows what Oryx runs when multi-worker settings are on", () => {
    expect(
      plan(
        "",
        {},
        { PYTHON_ENABLE_GUNICORN_MULTIWORKERS: "true", PYTHON_GUNICORN_CUSTOM_THREAD_NUM: "4" },
      ),
    ).toMatchObject({
      current: { workers: 3, threads: 4, workerClass: "gthread" },
    });
  });
});

describe("the per-worker connection cap", () => {
  const CAPPED =
    "gunicorn --workers 4 --threads 32 --worker-class gthread --worker-connections 32 --keep-alive 0 --bind=0.0.0.0:8000 --timeout 230 app:app";
  const SINGLE =
    "gunicorn --workers 1 --threads 16 --worker-class gthread --bind=0.0.0.0:8000 --timeout 230 app:app";
  const planFor = (command: string, appCommandLine: string, files: Record<string, string> = {}) =>
    planSite({
      appCommandLine,
      settings: {},
      files: new Map(Object.entries(files)),
      command,
      config: parseCommand(command),
      cores: 1,
    });

  it("writes the cap where the site runs the same workers without it, and only there", () => {
    const without = "gunicorn -w 4 --threads 32 -k gthread -t 230 app:app";
    expect(planFor(CAPPED, without)).toMatchObject({
      status: "write",
      command:
        "gunicorn --workers 4 --threads 32 --worker-class gthread --worker-connections 32 --keep-alive 0 --timeout 230 app:app",
      current: { workerConnections: 1000, keepAlive: 2 },
    });
    expect(
      planFor(
        CAPPED,
        `${without.replace(" app:app", "")} --keep-alive=0 --worker-connections=32 app:app`,
      ).status,
    ).toBe("unchanged");
    // gunicorn.conf.py can set them too, and gunicorn reads it.
    const conf = { "gunicorn.conf.py": "worker_connections = 32\nkeepalive = 0\n" };
    expect(planFor(CAPPED, without, conf).status).toBe("unchanged");
  });

  it("replaces the user's connection flags when it states the cap, and keeps them otherwise", () => {
    const user = "gunicorn -w 2 --keep-alive 5 --worker-connections 200 app:app";
    const capped = planFor(CAPPED, user);
    expect(capped.status === "write" && capped.command).toBe(
      "gunicorn --workers 4 --threads 32 --worker-class gthread --worker-connections 32 --keep-alive 0 --timeout 230 app:app",
    );
    const single = planFor(SINGLE, user);
    expect(single.status === "write" && single.command).toBe(
      "gunicorn --workers 1 --threads 16 --worker-class gthread --timeout 230 --keep-alive 5 --worker-connections 200 app:app",
    );
    // A single worker with the user's own keep-alive already means what we state.
    expect(planFor(SINGLE, single.status === "write" ? single.command : "").status).toBe(
      "unchanged",
    );
  });

  it("says GUNICORN_CMD_ARGS' connection settings are overridden only when the cap is stated", () => {
    const settings = { GUNICORN_CMD_ARGS: "--keep-alive 5 -k gthread" };
    const message = (command: string) =>
      settingsFindings(settings, parseCommand(command)).map((f) => f.message);
    expect(message(CAPPED)).toEqual([
      expect.stringContaining("`GUNICORN_CMD_ARGS` sets keepalive, worker_class;"),
    ]);
    expect(message(SINGLE)).toEqual([
      expect.stringContaining("`GUNICORN_CMD_ARGS` sets worker_class;"),
    ]);
  });

  it("proposes the gunicorn.conf.py lines that would otherwise contradict the cap", () => {
    const files = new Map([["gunicorn.conf.py", "workers = 2\nkeepalive = 5\n"]]);
    const { edits } = repoEdits(files, parseCommand(CAPPED), (file, line) => ({ file, line }));
    expect(edits).toEqual([
      { file: "gunicorn.conf.py", line: 1, before: "workers = 2", after: "workers = 4" },
      { file: "gunicorn.conf.py", line: 2, before: "keepalive = 5", after: "keepalive = 0" },
    ]);
  });
});

describe("repoEdits and settings", () => {
  const at = (file: string, line?: number) => ({ file, ...(line ? { line } : {}) });

  it("proposes the edit in startup scripts and gunicorn.conf.py, line by line", () => {
    const { edits, findings } = repoEdits(
      new Map([
        ["Procfile", "web: gunicorn --workers 1 app:app\n"],
        [
          "gunicorn.conf.py",
          'bind = "0.0.0.0:8000"\nthreads = 4\nworker_class = "gthread"\nworkers = 4\n',
        ],
      ]),
      config,
      at,
    );
    expect(edits).toEqual([
      {
        file: "Procfile",
        line: 1,
        before: "web: gunicorn --workers 1 app:app",
        after: "web: gunicorn --workers 4 --threads 1 --worker-class sync --timeout 230 app:app",
      },
      { file: "gunicorn.conf.py", line: 2, before: "threads = 4", after: "threads = 1" },
      {
        file: "gunicorn.conf.py",
        line: 3,
        before: 'worker_class = "gthread"',
        after: 'worker_class = "sync"',
      },
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Procfile starts gunicorn with 1 gthread worker × 4 threads/),
      expect.stringMatching(
        /^gunicorn.conf.py sets bind = "0.0.0.0:8000", threads = 4.*states threads, worker_class, workers itself/,
      ),
    ]);
  });

  it("says what app settings do next to a startup command, without their values", () => {
    const messages = settingsFindings(
      {
        GUNICORN_CMD_ARGS: "--threads 8 --log-level debug",
        WEB_CONCURRENCY: "9",
        PYTHON_ENABLE_GUNICORN_MULTIWORKERS: "true",
      },
      config,
    ).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /`GUNICORN_CMD_ARGS` sets threads; the startup command's own `--workers 4 --threads 1/,
      ),
      expect.stringMatching(/`WEB_CONCURRENCY` is only gunicorn's default worker count/),
      expect.stringMatching(
        /`PYTHON_ENABLE_GUNICORN_MULTIWORKERS` only shape the command App Service generates/,
      ),
    ]);
  });
});
