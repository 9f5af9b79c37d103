// Hostile repositories (issue 22's probe), generated in a temporary folder and run through the
// bundled CLI with a 1 GB heap: each ends in a report with a finding, never a crash, a false
// error or an unbounded run. Timing is vitest's per-test bound, not an assertion.
import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  statSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST_CLI, ROOT } from "./helpers/paths.js";

const exec = promisify(execFile);
const FLASK = "from flask import Flask\napp = Flask(__name__)\n";
let base: string;

function repo(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(base, name);
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

interface RunOptions {
  readonly cwd?: string;
  readonly uid?: number;
  /** Run copies of node and the CLI from this folder. */
  readonly copyTo?: string;
}

async function run(dir: string, extra: string[] = [], options: RunOptions = {}) {
  const { copyTo, ...spawn } = options;
  const node = copyTo ? path.join(copyTo, "node") : process.execPath;
  const cli = copyTo ? path.join(copyTo, "dist", "cli.js") : DIST_CLI;
  if (copyTo) {
    copyFileSync(process.execPath, node);
    cpSync(path.dirname(DIST_CLI), path.dirname(cli), { recursive: true });
    chmodSync(node, 0o755);
    chmodRecursive(path.dirname(cli));
  }
  const args = ["--max-old-space-size=1024", cli, dir, "--plan", "B1", "--json", ...extra];
  try {
    const { stdout } = await exec(node, args, {
      cwd: ROOT,
      ...spawn,
      maxBuffer: 64 << 20,
    });
    return { code: 0, report: JSON.parse(stdout), stderr: "" };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    const report = err.stdout ? JSON.parse(err.stdout) : undefined;
    return { code: err.code, report, stderr: err.stderr };
  }
}

/** Readable (and folders enterable) by everyone, for a run as another user. */
function chmodRecursive(dir: string): void {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) chmodRecursive(p);
    else chmodSync(p, 0o644);
  }
}

type Report = { command?: string; findings: { level: string; message: string }[] };
const errors = (r: Report) => r.findings.filter((f) => f.level === "error").map((f) => f.message);
const messages = (r: Report) => r.findings.map((f) => f.message).join("\n");

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), "hostile-"));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("Python the parser cannot read ends as a finding", () => {
  it("`from flask` alone", async () => {
    const { report, stderr } = await run(
      repo("from-alone", { "requirements.txt": "flask\n", "app.py": "from flask\n" }),
    );
    expect(stderr).not.toMatch(/TypeError|Cannot read/);
    expect(errors(report)).toEqual([expect.stringContaining("Python cannot read it past line 1")]);
  });
  it("a merge conflict", async () => {
    const app = `from flask import Flask\n<<<<<<< HEAD\napp = Flask(__name__)\n=======\napp = Flask("x")\n>>>>>>> topic\n`;
    const { report } = await run(
      repo("conflict", { "requirements.txt": "flask\n", "app.py": app }),
    );
    expect(messages(report)).toContain("app.py holds an unresolved merge conflict at line 2");
  });
});

describe("names and sizes that once crashed or ran for minutes", () => {
  it.each(["with space", "ünïcode"])("an app folder named %s", async (name) => {
    const { code, report } = await run(
      repo(name, { "requirements.txt": "flask\ngunicorn\n", "app.py": FLASK }),
    );
    expect(code).toBe(0);
    expect(report.command).toContain("app:app");
  });

  it("300,000 names in one import", async () => {
    const names = Array.from({ length: 300_000 }, (_, i) => `n${i}`).join(", ");
    const { code, report } = await run(
      repo("many-names", {
        "requirements.txt": "flask\ngunicorn\n",
        "app.py": `${FLASK}from os import ${names}\n`,
      }),
    );
    expect(code).toBe(0);
    expect(errors(report)).toEqual([]);
  });

  it("200,000 backticks in gunicorn.conf.py", async () => {
    const { code } = await run(
      repo("backticks", {
        "requirements.txt": "flask\n",
        "app.py": FLASK,
        "gunicorn.conf.py": `workers = ${"`".repeat(200_000)}\n`,
      }),
    );
    expect(code).toBe(0);
  });

  it("two modules importing 40 names from each other", async () => {
    const names = (prefix: string, from: string) =>
      Array.from({ length: 40 }, (_, i) => `from ${from} import ${prefix}${i}`).join("\n");
    const { code } = await run(
      repo("cycle", {
        "requirements.txt": "flask\n",
        "app.py": `${FLASK}${names("x", "b")}\n`,
        "a.py": names("y", "b"),
        "b.py": names("z", "a"),
      }),
    );
    expect(code).toBe(0);
  });

  it("a startup.sh of 200,000 steps, and one that starts gunicorn 20,000 times", async () => {
    const long = await run(
      repo("steps", {
        "requirements.txt": "flask\n",
        "app.py": FLASK,
        "startup.sh": `${"echo hi\n".repeat(200_000)}gunicorn -w 2 app:app\n`,
      }),
    );
    expect(messages(long.report)).toContain("startup.sh starts gunicorn with 2 sync workers");
    const many = await run(
      repo("gunicorns", {
        "requirements.txt": "flask\n",
        "app.py": FLASK,
        "startup.sh": "gunicorn -w 2 app:app\n".repeat(20_000),
      }),
    );
    expect(many.code).toBe(0);
  });

  it("80,000 Poetry dependencies, and a line of 1 MiB", async () => {
    const deps = Array.from({ length: 80_000 }, (_, i) => `pkg${i} = "*"\n`).join("");
    const poetry = await run(
      repo("poetry", {
        "app.py": FLASK,
        "pyproject.toml": `[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\npython = "^3.11"\nflask = "*"\n${deps}`,
      }),
    );
    expect(errors(poetry.report)).toEqual([]);
    const line = await run(
      repo("long-line", { "requirements.txt": `flask\n${"x".repeat(1 << 20)}\n`, "app.py": FLASK }),
    );
    expect(errors(line.report)).toEqual([]);
    expect(messages(line.report)).toContain("requirements.txt line 2 is 1048576 characters long");
  });

  it("4,000 includes of one 1 MiB file", async () => {
    const { code, report } = await run(
      repo("includes", {
        "requirements.txt": `flask\n${"-r big.txt\n".repeat(4000)}`,
        "big.txt": `# ${"x".repeat(1 << 20)}\n`,
        "app.py": FLASK,
      }),
    );
    expect(code).toBe(0);
    expect(errors(report)).toEqual([]);
  });

  it("a custom plan of 65 cores and a FastAPI app", async () => {
    const dir = repo("fastapi-65", {
      "requirements.txt": "fastapi\nuvicorn\n",
      "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    });
    const { code, report } = await run(dir, [
      "--plan",
      "custom",
      "--cores",
      "65",
      "--memory-mb",
      "65536",
    ]);
    expect(code).toBe(0);
    expect(report.command).toMatch(/^gunicorn --workers 64 /);
  });
});

describe("byte-order marks and Unicode spaces in start-up files", () => {
  it.each(["startup.sh", "entrypoint.sh", "startup.txt"])(
    "%s that starts with a BOM",
    async (file) => {
      const { report } = await run(
        repo(`bom-${file}`, {
          "requirements.txt": "flask\ngunicorn\n",
          "app.py": FLASK,
          [file]: "\ufeffgunicorn -w 2 app:app\n",
        }),
      );
      expect(messages(report)).toContain(`${file} starts gunicorn with 2 sync workers`);
    },
  );
});

describe("requirements files as pip reads them", () => {
  const hash = (c: string) => `--hash=sha256:${c.repeat(64)}`;
  it.each([
    ["hashes", { "requirements.txt": `flask==3.0.0 \\\n    ${hash("a")} \\\n    ${hash("b")}\n` }],
    [
      "a five-deep -r chain",
      {
        "requirements.txt": "-r r1.txt\n",
        "r1.txt": "-r r2.txt\n",
        "r2.txt": "-r r3.txt\n",
        "r3.txt": "-r r4.txt\n",
        "r4.txt": "-r r5.txt\n",
        "r5.txt": "flask\n",
      },
    ],
    [
      "a file over 1 MiB",
      {
        "requirements.txt": `flask\n${Array.from({ length: 15_000 }, (_, i) => `pkg${i}==1.0 ${hash("c")}\n`).join("")}`,
      },
    ],
    [
      "UTF-16 with a BOM",
      { "requirements.txt": Buffer.from("\ufeffflask\r\ngunicorn\r\n", "utf16le") },
    ],
    ["UTF-8 with a BOM", { "requirements.txt": "\ufeffflask\ngunicorn\n" }],
  ])("%s", async (name, files) => {
    const { report } = await run(
      repo(`req-${name.replace(/\W+/g, "-")}`, { ...files, "app.py": FLASK }),
    );
    expect(errors(report)).toEqual([]);
  });
});

describe("requirement lines as real tools write them", () => {
  it("reads markers, extras, direct URLs, wheels and sdists by path or URL, with CRLF", async () => {
    const requirements = [
      'flask[async]>=3.0 ; python_version >= "3.8"',
      "requests @ https://files.example/requests-2.32.3-py3-none-any.whl",
      "./vendor/gunicorn-23.0.0-py3-none-any.whl",
      "https://files.example/pkgs/itsdangerous-2.2.0.tar.gz#egg=itsdangerous",
      "-e ./libs/shared",
    ].join("\r\n");
    const { report } = await run(
      repo("req-forms", { "requirements.txt": `${requirements}\r\n`, "app.py": FLASK }),
    );
    expect(report.findings.filter((f: { level: string }) => f.level !== "notice")).toEqual([]);
  });
});

describe("where it runs from, and what it may read", () => {
  it("gives the same report run from / as from the repository", async () => {
    const dir = repo("from-root", { "requirements.txt": "flask\ngunicorn\n", "app.py": FLASK });
    const here = await run(dir);
    const root = await run(dir, [], { cwd: "/" });
    expect(root.report.findings).toEqual(here.report.findings);
    expect(messages(root.report)).not.toContain("outside the repository");
  });

  it("names a file it may not open, and still reports", async () => {
    const dir = repo("eacces", {
      "requirements.txt": "flask\n",
      "app.py": FLASK,
      "helpers.py": "x = 1\n",
    });
    writeFileSync(path.join(dir, "app.py"), `${FLASK}import helpers\n`);
    chmodSync(path.join(dir, "helpers.py"), 0o000);
    chmodSync(base, 0o755);
    // Root opens any file: run as nobody there, so the permission bites as it does on a runner,
    // with node and the CLI copied where nobody may run them (the clone may sit under /root).
    const root = process.getuid?.() === 0;
    const { code, report } = await run(dir, [], root ? { uid: 65534, cwd: "/", copyTo: base } : {});
    expect(code).toBe(0);
    expect(messages(report)).toContain("helpers.py was not read: the runner may not open it");
  });
});

describe("budgets", () => {
  it("stops reading at the run's byte budget and names what it left", async () => {
    const modules = Array.from({ length: 100 }, (_, i) => `m${i}`);
    const files: Record<string, string> = {
      "requirements.txt": "flask\ngunicorn\n",
      "app.py": `${FLASK}${modules.map((m) => `import ${m}`).join("\n")}\n`,
    };
    const padding = `# ${"x".repeat((1 << 20) - 3)}\n`;
    for (const m of modules) files[`${m}.py`] = padding;
    const { code, report } = await run(repo("budget", files));
    expect(code).toBe(0);
    expect(messages(report)).toMatch(
      /m\d+\.py was not read: the scan had read as much of the repository as one run reads/,
    );
  });

  it("shows an invalid input as its start and its length", async () => {
    const { code, stderr } = await run(repo("echo", { "app.py": FLASK }), [
      "--app-module",
      "a".repeat(100_000),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('app-module: "aaaaaaaaaa');
    expect(stderr).toContain("… (100000 characters) is not valid");
    expect(stderr.length).toBeLessThan(400);
  });
});
