// Layouts modelled on public App Service apps: each must give the module gunicorn really loads,
// the folder it starts in, the worker class the app needs, and only the findings it deserves.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayout } from "../src/core/detect/layout.js";
import { scanApp } from "../src/fs/repo-scan.js";
import { FIXTURES } from "./helpers/paths.js";

const APPS = path.join(FIXTURES, "apps");
const UVICORN = "uvicorn.workers.UvicornWorker";
const UVICORN_WORKER = "uvicorn_worker.UvicornWorker";

interface Case {
  readonly app: string;
  /** The app-module input, when the case gives one; auto otherwise. */
  readonly appModule?: string;
  readonly module: string;
  readonly chdir?: string;
  readonly framework: string;
  /** The ASGI worker class; undefined for a WSGI app. */
  readonly asgi?: string;
  readonly build: string;
  /** Findings above notice level that must be there, by level and text. */
  readonly expect?: readonly (readonly [string, RegExp])[];
  /** Notices that must be there. */
  readonly notices?: readonly RegExp[];
}

const CASES: readonly Case[] = [
  { app: "fastapi-main", module: "main:app", framework: "fastapi", asgi: UVICORN, build: "pip" },
  // Subclassed framework classes, two levels deep and across an import.
  {
    app: "fastapi-subclass",
    module: "main:app",
    framework: "fastapi",
    asgi: UVICORN,
    build: "pip",
  },
  { app: "flask-subclass-imported", module: "app:app", framework: "flask", build: "pip" },
  // Imports no build input installs, through the app's own modules; optional ones are not.
  {
    app: "flask-missing-imports",
    module: "app:app",
    framework: "flask",
    build: "pip",
    expect: [
      [
        "warning",
        /^app\.py imports yaml, which requirements\.txt does not install \(its package is pyyaml\)/,
      ],
      ["warning", /^store\.py imports databases, which requirements\.txt does not install:/],
    ],
  },
  // app-module through nested packages, and with the folder it lives in.
  {
    app: "flask-nested-package",
    appModule: "shop.web:app",
    module: "shop.web:app",
    framework: "flask",
    build: "pip",
  },
  {
    app: "django-one-folder-down",
    appModule: "site/mysite.wsgi",
    module: "mysite.wsgi:application",
    chdir: "site",
    framework: "django",
    build: "pip",
  },
  // The same found by itself: a Django project one folder down from requirements.txt.
  {
    app: "django-one-folder-down",
    module: "mysite.wsgi:application",
    chdir: "site",
    framework: "django",
    build: "pip",
    notices: [/Found the Django project in site\/ \(site\/manage\.py\)/],
  },
  // Deeper than App Service looks: ranked, the others listed.
  {
    app: "django-asgi-package",
    module: "proj.asgi:application",
    framework: "django",
    asgi: UVICORN,
    build: "pip",
  },
  {
    app: "fastapi-deep",
    module: "app.server.main:app",
    framework: "fastapi",
    asgi: UVICORN,
    build: "pip",
    notices: [
      /^Found the app in app\/server\/main\.py\./,
      /^Also found tests\/app\.py \(FastAPI\)\. app\/server\/main\.py was chosen/,
    ],
  },
  {
    app: "litestar-deep",
    module: "app.server.asgi:create_app()",
    chdir: "src/py",
    framework: "litestar",
    asgi: UVICORN,
    build: "pip",
    notices: [/^Found the app in src\/py\/app\/server\/asgi\.py\./],
  },
  // The repository's own entry points: the module they start wins, every other start is named.
  {
    app: "flask-procfile-microblog",
    module: "microblog:app",
    framework: "flask",
    build: "pip",
    notices: [
      /^Serving microblog:app: Procfile line 1 starts the app that way \(`gunicorn microblog:app`\)\./,
      /^deploy\/Dockerfile line 3 starts microblog:app with uwsgi, not gunicorn \(`uwsgi --http :8080 --module microblog:app`\)\. App Service's code deployment does not use a Dockerfile/,
    ],
  },
  {
    app: "flask-flaskenv",
    module: "portal.web:create_app()",
    framework: "flask",
    build: "pip",
    notices: [
      /^Serving portal\.web:create_app\(\): \.flaskenv line 1 .* with flask; App Service does not run `flask run`/,
    ],
  },
  // `pip install -e .` at boot installs pyproject's FastAPI and httpx: no "does not list" error.
  {
    app: "fastapi-boot-install",
    module: "api.main:app",
    framework: "fastapi",
    asgi: UVICORN,
    build: "pip",
    notices: [/^Serving api\.main:app: startup\.sh line 3 .* with uvicorn;/],
  },
  {
    app: "fastapi-uvicorn-worker",
    module: "app:app",
    framework: "fastapi",
    asgi: UVICORN_WORKER,
    build: "pip",
  },
  {
    app: "fastapi-standard-extra",
    module: "main:app",
    framework: "fastapi",
    asgi: UVICORN,
    build: "pip",
  },
  {
    app: "fastapi-gunicorn-asgi",
    module: "main:app",
    framework: "fastapi",
    asgi: "asgi",
    build: "pip",
  },
  {
    // Never a gthread command for an ASGI app: the command is the one the fix makes work.
    app: "fastapi-no-worker",
    module: "main:app",
    framework: "fastapi",
    asgi: UVICORN_WORKER,
    build: "pip",
    expect: [
      ["error", /ASGI app.*installs no ASGI worker\. Add uvicorn-worker .*as the command assumes/],
    ],
  },
  {
    app: "fastapi-named-api",
    module: "api:api",
    framework: "fastapi",
    asgi: UVICORN,
    build: "pip",
    expect: [["warning", /does not list gunicorn/]],
  },
  {
    app: "starlette-package",
    module: "webapp.main:app",
    framework: "starlette",
    asgi: UVICORN,
    build: "pip",
    notices: [/Found the app in webapp\/main\.py/],
  },
  {
    app: "quart-package",
    module: "quartapp.app:app",
    framework: "quart",
    asgi: UVICORN,
    build: "pip",
    expect: [["warning", /does not list gunicorn/]],
  },
  {
    app: "litestar-app",
    module: "app:app",
    framework: "litestar",
    asgi: UVICORN,
    build: "pip",
    expect: [["warning", /does not list gunicorn/]],
  },
  {
    app: "flask-src-layout",
    module: "flaskr:create_app()",
    chdir: "src",
    framework: "flask",
    build: "poetry",
    notices: [/only the factory create_app\(\)/, /starts in src with --chdir/],
  },
  { app: "flask-named-flask-app", module: "app:flask_app", framework: "flask", build: "pip" },
  { app: "flask-startup-shim", module: "startup:app", framework: "flask", build: "pip" },
  { app: "flask-factory-imported", module: "app:app", framework: "flask", build: "pip" },
  {
    app: "django-asgi-uvicorn",
    module: "mysite.asgi:application",
    framework: "django",
    asgi: UVICORN,
    build: "pip",
  },
  {
    app: "django-wsgi-with-asgi-file",
    module: "config.wsgi:application",
    framework: "django",
    build: "pip",
  },
  { app: "requirements-includes", module: "app:app", framework: "flask", build: "pip" },
  {
    app: "pyproject-poetry",
    module: "main:app",
    framework: "fastapi",
    asgi: UVICORN_WORKER,
    build: "poetry",
  },
  { app: "pyproject-uv", module: "main:app", framework: "fastapi", asgi: "asgi", build: "uv" },
  { app: "setup-py", module: "application:application", framework: "flask", build: "setup.py" },
  { app: "flask-chained-in-try", module: "wsgi:app", framework: "flask", build: "pip" },
  { app: "flask-main-py", module: "main:app", framework: "flask", build: "pip" },
  {
    app: "odd-folder-names",
    module: "app:app",
    framework: "flask",
    build: "pip",
    notices: [/Skipped my-site\/wsgi\.py: "my-site" is not a valid Python module name/],
  },
  {
    app: "uvicorn-run-at-import",
    module: "main:app",
    framework: "fastapi",
    asgi: UVICORN,
    build: "pip",
    expect: [
      ["error", /starts a development server at import time.*uvicorn\.run/],
      ["warning", /does not list gunicorn/],
    ],
  },
  {
    app: "pyproject-editable-requirements",
    module: "todo.app:app",
    framework: "quart",
    asgi: UVICORN_WORKER,
    build: "pip",
    expect: [["warning", /does not list gunicorn/]],
  },
];

describe("real App Service layouts", () => {
  it.each(CASES)("$app → $module", async (c) => {
    const appModule = c.appModule ?? "auto";
    const layout = checkLayout(await scanApp(path.join(APPS, c.app), appModule), appModule);
    const summary = JSON.stringify(layout.findings, null, 2);
    expect(layout.module, summary).toBe(c.module);
    expect(layout.chdir).toBe(c.chdir);
    expect(layout.framework).toBe(c.framework);
    expect(layout.protocol).toBe(
      c.asgi || c.expect?.some(([, m]) => /ASGI/.test(m.source)) ? "asgi" : "wsgi",
    );
    expect(layout.appWorker?.workerClass).toBe(c.asgi);
    expect(layout.build.tool).toBe(c.build);
    const serious = layout.findings.filter((f) => f.level !== "notice");
    expect(
      serious.map((f) => [f.level, f.message]),
      summary,
    ).toEqual((c.expect ?? []).map(([level, message]) => [level, expect.stringMatching(message)]));
    for (const notice of c.notices ?? []) {
      expect(
        layout.findings.some((f) => f.level === "notice" && notice.test(f.message)),
        summary,
      ).toBe(true);
    }
  });

  it("covers at least 20 layouts", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});
