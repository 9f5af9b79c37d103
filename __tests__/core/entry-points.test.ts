// The repository's own ways of starting its app, read as each file's tool reads them.
import { describe, expect, it } from "vitest";
import { readBuildInputs, withBootInstalls } from "../../src/core/detect/dependencies.js";
import { readEntryPoints } from "../../src/core/detect/entry-points.js";

/** A snapshot of the given files, with every folder listed. */
function snap(files: Record<string, string>) {
  const listings = new Map<string, string[]>([["", []]]);
  for (const file of Object.keys(files)) {
    const parts = file.split("/");
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      const entry = i === parts.length - 1 ? parts[i]! : `${parts[i]}/`;
      const list = listings.get(dir) ?? [];
      if (!list.includes(entry)) list.push(entry);
      listings.set(dir, list);
    }
  }
  return { listings, files: new Map(Object.entries(files)) };
}

const starts = (files: Record<string, string>) =>
  readEntryPoints(snap(files)).starts.map((s) => [s.file, s.line, s.program, s.target]);

describe("entry points", () => {
  it("reads a Procfile's web: line only, and skips commands that start no server", () => {
    expect(
      starts({
        Procfile: "release: python manage.py migrate\nweb: flask db upgrade; gunicorn app:app\n",
      }),
    ).toEqual([["Procfile", 2, "gunicorn", "app:app"]]);
  });

  it("reads a Dockerfile's CMD in exec form across lines, and its shell form", () => {
    expect(
      starts({
        "deploy/Dockerfile": 'FROM python\nCMD ["uvicorn", \\\n  "api.main:app", "--port", "80"]\n',
        Dockerfile: "FROM python\nENTRYPOINT uwsgi --http :80 --wsgi-file site.py\n",
      }),
    ).toEqual([
      ["Dockerfile", 2, "uwsgi", "site.py"],
      ["deploy/Dockerfile", 2, "uvicorn", "api.main:app"],
    ]);
  });

  it("reads FLASK_APP from .flaskenv as flask run would, and scripts anywhere", () => {
    expect(
      starts({
        ".flaskenv": "FLASK_DEBUG=1\nFLASK_APP=portal.web:create_app()\n",
        "ops/docker-entrypoint.sh": "#!/bin/sh\nset -e\nexec python -m uvicorn main:app\n",
      }),
    ).toEqual([
      [".flaskenv", 2, "flask", "portal.web:create_app()"],
      ["ops/docker-entrypoint.sh", 3, "uvicorn", "main:app"],
    ]);
  });

  it("counts what a startup script installs at boot as installed", () => {
    const files = {
      "requirements.txt": "gunicorn\n",
      "pyproject.toml": '[project]\nname = "x"\ndependencies = ["fastapi>=0.110", "httpx"]\n',
      "startup.sh":
        "pip install -e .\npython -m pip install -r extra.txt redis\ngunicorn main:app\n",
      "extra.txt": "openai\n",
    };
    const s = snap(files);
    const build = readBuildInputs(s.files, (f) => f in files);
    expect(build.dependencies.has("fastapi")).toBe(false);
    const booted = withBootInstalls(build, readEntryPoints(s).installs, s.files);
    expect([...booted.dependencies.keys()].sort()).toEqual([
      "fastapi",
      "gunicorn",
      "httpx",
      "openai",
      "redis",
    ]);
  });
});
