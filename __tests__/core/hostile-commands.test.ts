// Hostile site commands (issue 22's probe): expansions, Unicode spaces, flags without values,
// lone steps that are not this app's server, here-documents. Every rewrite must parse as bash
// parses it, checked with bash itself.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/core/command/command.js";
import { currentRun, unreadRun } from "../../src/core/command/current-run.js";
import { readScript } from "../../src/core/command/shell-words.js";
import { readStartupCommand } from "../../src/core/command/startup-command.js";
import { planSite } from "../../src/core/command/startup-plan.js";

const COMMAND =
  "gunicorn --workers 3 --threads 4 --worker-class gthread --bind=0.0.0.0:8000 --timeout 120 app:app";
const config = parseCommand(COMMAND);
const SIZED = "--workers 3 --threads 4 --worker-class gthread --timeout 120";
const plan = (appCommandLine: string, files: Record<string, string> = {}) =>
  planSite({
    appCommandLine,
    settings: {},
    files: new Map(Object.entries(files)),
    command: COMMAND,
    config,
    cores: 2,
  });

export function bashParses(text: string): boolean {
  return spawnSync("bash", ["-n", "-c", text], { encoding: "utf8" }).status === 0;
}

describe("expansions in the gunicorn step are single words", () => {
  it.each([
    ["gunicorn --workers $(( 2 * $(nproc) + 1 )) app:app", `gunicorn ${SIZED} app:app`],
    ["gunicorn --workers $(expr 2 + 1) app:app", `gunicorn ${SIZED} app:app`],
    ["gunicorn --workers `nproc` app:app", `gunicorn ${SIZED} app:app`],
    ["gunicorn --workers ${W:- 4} app:app", `gunicorn ${SIZED} app:app`],
    ["gunicorn --workers=$(nproc) --threads ${T:-2} app:app", `gunicorn ${SIZED} app:app`],
    ['gunicorn -w "$(echo "2 )")" app:app', `gunicorn ${SIZED} app:app`],
    [
      "gunicorn -c <(echo 'workers = 2') -w 2 app:app",
      `gunicorn ${SIZED} -c <(echo 'workers = 2') app:app`,
    ],
    ["gunicorn -w 2 app:app > /tmp/log 2>&1", `gunicorn ${SIZED} app:app > /tmp/log 2>&1`],
  ])("%s → rewritten whole, and bash parses it", (site, expected) => {
    expect(bashParses(site)).toBe(true);
    const result = plan(site);
    expect(result).toMatchObject({ status: "write", command: expected });
    expect(bashParses(expected)).toBe(true);
  });

  it("says a computed setting was unknown, and measures nothing from it", () => {
    const site = "gunicorn --workers $(nproc) app:app";
    expect(plan(site)).toMatchObject({
      current: undefined,
      note: expect.stringContaining("`--workers $(nproc)`"),
    });
    expect(currentRun(site, {}, new Map(), 2)).toBeUndefined();
    expect(unreadRun(site, new Map())).toBe(
      "its startup command computes `--workers $(nproc)` only when it starts",
    );
    expect(
      currentRun("gunicorn -w 2 app:app", { WEB_CONCURRENCY: "1e9" }, new Map(), 2),
    ).toMatchObject({ workers: 2 });
    expect(currentRun("gunicorn app:app", { WEB_CONCURRENCY: "1e9" }, new Map(), 2)).toMatchObject({
      workers: 1,
    });
  });

  it("refuses an expansion that may set anything, and a command that does not parse", () => {
    expect(plan("gunicorn $GUNICORN_OPTS app:app")).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("`$GUNICORN_OPTS`"),
    });
    expect(plan("gunicorn -w $(nproc app:app")).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("does not parse"),
    });
  });
});

describe("Unicode spaces are word characters, as bash reads them, and the scanner ends", () => {
  const spaces = ["\u00a0", "\u000b", "\u000c", "\u2028", "\u3000", "\u202f", "\u1680"];
  it.each(spaces.map((s) => [s.codePointAt(0)!.toString(16)]))("U+%s", (hex) => {
    const space = String.fromCodePoint(parseInt(hex, 16));
    const site = `gunicorn${space}-w 4 app:app && gunicorn -w${space}4 app:app`;
    const script = readScript(site);
    expect(script.steps.map((s) => s.words.length)).toEqual([3, 3]);
    expect(plan(`gunicorn${space}-w 4 app:app`).status).toBe("refused");
    expect(readScript(`\ufeff${space.repeat(100_000)}`).steps).toHaveLength(1);
  });
});

describe("flags without a value, as gunicorn's own settings say", () => {
  it.each(["--log-syslog", "--initgroups", "--permit-obsolete-folding", "--preload"])(
    "%s -w 4 keeps one workers flag",
    (flag) => {
      const result = plan(`gunicorn ${flag} -w 4 app:app`);
      expect(result).toMatchObject({
        status: "write",
        command: `gunicorn ${SIZED} ${flag} app:app`,
      });
    },
  );
  it("reads argparse's unique abbreviations, and leaves ambiguous ones to gunicorn", () => {
    const g = readStartupCommand("gunicorn --thr 8 --work 4 app:app");
    expect(g.kind === "gunicorn" && g.gunicorn.settings).toEqual({ threads: 8 });
  });
});

describe("a lone step is replaced only when it starts this app's server", () => {
  it.each([
    "python startup.py",
    "python manage.py migrate",
    "flask db upgrade",
    "uvicorn other:app",
    "python app.py",
  ])("%s is refused", (site) => {
    expect(plan(site, { "app.py": "app = Flask(__name__)\n" })).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("Nothing was written"),
    });
  });
  it.each([
    "python app.py",
    "uvicorn app:app --port 8000",
    "python -m flask run",
    "flask --app app run",
  ])("%s is replaced", (site) => {
    const app = 'app = Flask(__name__)\nif __name__ == "__main__":\n    app.run()\n';
    expect(plan(site, { "app.py": app })).toMatchObject({ status: "write", command: COMMAND });
  });
});

describe("here-documents are data", () => {
  it("refuses a command whose only gunicorn line is a here-document's body", () => {
    const site = "cat <<EOF > run.sh\ngunicorn -w 2 app:app\nEOF\nbash run.sh";
    expect(readScript(site).steps.map((s) => s.words[0]!.value)).toEqual(["cat", "bash"]);
    expect(plan(site).status).toBe("refused");
  });
  it("retunes the step after a here-document and keeps the body", () => {
    const site = "cat <<-'EOF' > notes\n\tgunicorn -w 2 app:app\n\tEOF\ngunicorn -w 2 app:app";
    const result = plan(site);
    expect(result).toMatchObject({
      status: "write",
      command: `cat <<-'EOF' > notes\n\tgunicorn -w 2 app:app\n\tEOF\ngunicorn ${SIZED} app:app`,
    });
  });
});
