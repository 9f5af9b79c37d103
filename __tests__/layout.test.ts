// Layout checks over real folders: the examples and the broken fixtures.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayout } from "../src/core/detect/layout.js";
import { scanApp } from "../src/fs/repo-scan.js";
import { EXAMPLES, FIXTURES } from "./helpers/paths.js";

async function layoutOf(dir: string, appModule = "auto") {
  return checkLayout(await scanApp(dir, appModule), appModule);
}

describe("the examples are found as App Service would, and pass", () => {
  it.each([
    ["flask-basic", "app:app", undefined, "flask"],
    ["flask-application", "application:app", undefined, "flask"],
    ["django-project", "mysite.wsgi:application", undefined, "django"],
    ["flask-subfolder", "app:app", "src", "flask"],
    ["flask-factory", "app:create_app()", undefined, "flask"],
  ])("%s → %s", async (example, module, chdir, framework) => {
    const layout = await layoutOf(path.join(EXAMPLES, example));
    expect(layout.module).toBe(module);
    expect(layout.chdir).toBe(chdir);
    expect(layout.framework).toBe(framework);
    expect(layout.findings.filter((f) => f.level !== "notice")).toEqual([]);
  });

  it("says why the factory was chosen, pointing at its line", async () => {
    const layout = await layoutOf(path.join(EXAMPLES, "flask-factory"));
    expect(layout.findings).toEqual([
      expect.objectContaining({
        level: "notice",
        line: 4,
        message: expect.stringContaining("App Service on its own would start app:app"),
      }),
    ]);
    expect(layout.findings[0]!.file).toMatch(/examples\/flask-factory\/app\.py$/);
  });

  it("checks an explicit module against the files", async () => {
    const layout = await layoutOf(path.join(EXAMPLES, "flask-subfolder"), "greetings:greet");
    expect(layout.module).toBe("greetings:greet");
    expect(layout.chdir).toBe("src");
  });
});

describe("broken layouts give findings that say what to do", () => {
  it.each([
    ["empty-app", "auto", "error", /No app found in .*set app-module|Set app-module/i, undefined],
    [
      "no-requirements",
      "auto",
      "error",
      /No requirements\.txt at the app root.*ModuleNotFoundError/,
      undefined,
    ],
    ["requirements-without-flask", "auto", "error", /does not list Flask/, undefined],
    ["requirements-without-flask", "auto", "warning", /does not list gunicorn/, undefined],
    ["run-at-import", "auto", "error", /development server at import time/, 11],
    ["factory-with-arg", "app:create_app()", "error", /takes 1 required argument/, 4],
    [
      "factory-as-callable",
      "app:create_app",
      "warning",
      /is an app factory.*app:create_app\(\)/,
      4,
    ],
    ["two-subfolders", "web:app", "error", /exists in several subfolders \(a, b\)/, undefined],
    ["nested-requirements", "auto", "error", /web\/requirements\.txt is not read/, undefined],
    [
      "django-missing-application",
      "auto",
      "error",
      /proj\/wsgi\.py defines no top-level application/,
      undefined,
    ],
    ["no-callable", "app:nothing", "error", /defines no top-level nothing/, undefined],
    [
      "no-callable",
      "missing.module:app",
      "error",
      /neither missing\/module\.py nor missing\/module\/__init__\.py exists/,
      undefined,
    ],
  ] as const)("%s (%s): %s %s", async (fixture, appModule, level, message, line) => {
    const layout = await layoutOf(path.join(FIXTURES, fixture), appModule);
    const hit = layout.findings.find((f) => f.level === level && message.test(f.message));
    expect(hit, JSON.stringify(layout.findings, null, 2)).toBeDefined();
    expect(hit!.line).toBe(line);
  });

  it("finds a Flask object under any name", async () => {
    const layout = await layoutOf(path.join(FIXTURES, "no-callable"));
    expect(layout.module).toBe("app:server");
  });

  it("gives no module when none can be found, so no command is emitted", async () => {
    expect((await layoutOf(path.join(FIXTURES, "empty-app"))).module).toBeUndefined();
  });

  it("reads annotated assignments, parenthesised imports and extras in requirements", async () => {
    const layout = await layoutOf(path.join(FIXTURES, "typed-and-imported"));
    expect(layout.module).toBe("app:app");
    expect(layout.findings).toEqual([]);
    const imported = await layoutOf(path.join(FIXTURES, "typed-and-imported"), "app:application");
    expect(imported.findings).toEqual([]);
  });

  it("suggests the callable the file does define", async () => {
    const layout = await layoutOf(path.join(FIXTURES, "factory-as-callable"), "app:app");
    expect(layout.findings[0]!.message).toMatch(/use app-module app:create_app\(\)/);
  });

  it("fails clearly when the working directory is not a folder", async () => {
    await expect(scanApp(path.join(FIXTURES, "nope"), "auto")).rejects.toThrow(
      /working-directory: .*nope.* is not a folder/,
    );
  });
});
