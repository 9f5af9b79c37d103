// Pure checks over an AppSnapshot: find the app (detect.ts), then confirm what Oryx never
// checks: that the object exists and gunicorn can call it, that nothing starts a server at
// import, that the build installs the framework, and which worker class the app needs.
import type { WorkerClass } from "../command/command.js";
import { STARTUP_FILES } from "../command/startup-plan.js";
import { documentedWorker } from "./documented-worker.js";
import { missingImportFindings } from "./missing-imports.js";
import { conflictFindings, unreadFindings } from "./file-findings.js";
import {
  appObjects,
  FRAMEWORK_TITLES,
  type Framework,
  type Protocol,
} from "../python/app-object.js";
import {
  readBuildInputs,
  REQUIREMENTS,
  withBootInstalls,
  type BuildInputs,
} from "./dependencies.js";
import { readEntryPoints } from "./entry-points.js";
import { detect, type At, type Located } from "./detect.js";
import type { Finding } from "../report/findings.js";
import { factsOf } from "../python/python-modules.js";
import { joinPath } from "./paths.js";
import {
  exists,
  explicitModuleFiles,
  splitAppModule,
  repoLocation,
  searchFolders,
  type AppSnapshot,
} from "./snapshot.js";
import { chooseAsgiWorker } from "./worker-class.js";
import { plural } from "../report/words.js";

export interface Layout {
  /** What gunicorn loads (`pkg.module:app`); undefined when no app was found. */
  readonly module: string | undefined;
  readonly chdir: string | undefined;
  readonly framework: Framework | "unknown";
  readonly protocol: Protocol;
  /** For an ASGI app: the event-loop worker its build provides, with why. */
  /** The worker class the app needs (ASGI) or documents (gevent), and why. */
  readonly appWorker: { readonly workerClass: WorkerClass; readonly why: string } | undefined;
  /** Which file holds the app, relative to the app root. */
  readonly appFile: string | undefined;
  readonly build: Pick<BuildInputs, "tool" | "file">;
  readonly findings: readonly Finding[];
}

/** Servers that run a Django project's asgi.py (and Channels, which needs one). */
const ASGI_SERVERS = ["uvicorn", "uvicorn-worker", "daphne", "hypercorn", "channels"];

export function checkLayout(snap: AppSnapshot, appModule: string): Layout {
  const at: At = (rel, line) => repoLocation(snap, rel, line);
  const entries = readEntryPoints(snap);
  const build = withBootInstalls(
    readBuildInputs(snap.files, (f) => exists(snap, f)),
    entries.installs,
    snap.files,
  );
  const found =
    appModule === "auto" ? detect(snap, at, entries.starts) : locate(snap, appModule, at);
  const base = { build: { tool: build.tool, file: build.file } };
  const unread = [...unreadFindings(snap, at), ...conflictFindings(snap, at)];
  if ("error" in found) {
    return {
      ...base,
      module: undefined,
      chdir: undefined,
      framework: "unknown",
      protocol: "wsgi",
      appWorker: undefined,
      appFile: undefined,
      findings: [
        found.error,
        ...found.notices,
        ...unread,
        ...buildFindings(snap, build, undefined, at),
      ],
    };
  }
  const located = preferAsgiDjango(snap, found, build);
  const framework = located.object?.framework ?? "unknown";
  const protocol = located.object?.protocol ?? "wsgi";
  const asgi = protocol === "asgi" ? chooseAsgiWorker(build) : undefined;
  const documented = asgi ? undefined : documentedWorker(snap, build, STARTUP_FILES);
  const findings = [
    ...located.findings,
    ...unread,
    ...checkCallable(snap, located, at),
    ...checkRunCalls(snap, located, at),
    ...buildFindings(snap, build, located, at),
    ...(asgi && "error" in asgi
      ? [{ level: "error" as const, message: asgi.error as string }]
      : []),
    ...(documented && "error" in documented
      ? [{ level: "error" as const, message: documented.error }]
      : []),
  ];
  const worker = asgi ?? (documented && "workerClass" in documented ? documented : undefined);
  return {
    ...base,
    module: `${located.module}:${located.callable}${located.factory ? "()" : ""}`,
    chdir: located.chdir,
    framework,
    protocol,
    appWorker: worker && { workerClass: worker.workerClass, why: worker.why },
    appFile: located.file,
    findings,
  };
}

/** A Django project whose build installs an ASGI server is served through its asgi.py. */
function preferAsgiDjango(snap: AppSnapshot, found: Located, build: BuildInputs): Located {
  if (found.object?.framework !== "django" || !found.file.endsWith("/wsgi.py")) return found;
  if (!ASGI_SERVERS.some((s) => build.dependencies.has(s))) return found;
  const asgiFile = found.file.replace(/wsgi\.py$/, "asgi.py");
  const object = appObjects(snap, asgiFile).find((o) => o.name === "application");
  if (object?.protocol !== "asgi") return found;
  return { ...found, file: asgiFile, module: found.module.replace(/wsgi$/, "asgi"), object };
}

/** An explicit app-module: at the root, or else in exactly one search folder (→ --chdir). */
function locate(
  snap: AppSnapshot,
  appModule: string,
  at: At,
): Located | { error: Finding; notices: Finding[] } {
  const { folder, module } = splitAppModule(appModule);
  const [modulePart, callablePart] = module.split(":");
  const factory = callablePart?.endsWith("()") ?? false;
  // gunicorn's default callable when none is named is `application`.
  const callable = callablePart ? callablePart.replace("()", "") : "application";
  const candidates = explicitModuleFiles(appModule);
  // A module given with its folder (site/proj.wsgi) is looked for there alone.
  const hits = (folder ? [""] : searchFolders(snap)).flatMap((dir) =>
    candidates
      .filter((f) => exists(snap, joinPath(dir, f)))
      .map((f) => ({ dir, file: joinPath(dir, f) })),
  );
  const root = hits.find((h) => h.dir === "");
  const pick = root ?? (hits.length === 1 ? hits[0] : undefined);
  if (!pick) {
    const where =
      hits.length > 1
        ? ` It exists in several subfolders (${hits.map((h) => h.dir).join(", ")}): set working-directory to the one you deploy.`
        : "";
    return {
      error: {
        level: "error",
        message: `app-module ${appModule}: neither ${candidates.join(" nor ")} exists in ${snap.name}/.${where} Check the module path (dots for folders) and working-directory.`,
      },
      notices: [],
    };
  }
  const object = appObjects(snap, pick.file).find((o) => o.name === callable);
  const findings: Finding[] = [];
  if (pick.dir !== "" && !folder) {
    findings.push({
      level: "notice",
      message: `app-module ${appModule} lives in ${pick.dir}/, not at the app root: the startup command changes into ${pick.dir} with --chdir.`,
      ...at(pick.file),
    });
  }
  return {
    file: pick.file,
    module: modulePart!,
    chdir: folder || pick.dir || undefined,
    callable,
    factory,
    object: object && { ...object, factory },
    findings,
  };
}

function checkCallable(snap: AppSnapshot, app: Located, at: At): Finding[] {
  const facts = factsOf(snap, app.file);
  // A file that was not read (too large, unreadable) has its own finding; nothing is claimed.
  if (!facts) return [];
  const binding = facts.bindings.get(app.callable);
  const spec = (name: string, call: boolean) => `${app.module}:${name}${call ? "()" : ""}`;
  if (!binding) {
    const other = appObjects(snap, app.file)[0];
    const hint = other
      ? ` It defines ${other.name}: use app-module ${spec(other.name, other.factory)}.`
      : facts.syntaxErrorLine
        ? ` Python cannot read it past line ${facts.syntaxErrorLine}: fix the syntax there first.`
        : "";
    return [
      {
        level: "error",
        message: `${app.file} defines no top-level ${app.callable}, so gunicorn would fail to load ${spec(app.callable, app.factory)}.${hint}`,
        ...at(app.file),
      },
    ];
  }
  if (app.factory && binding.kind === "def" && binding.requiredParams > 0) {
    return [
      {
        level: "error",
        message: `${app.callable}() in ${app.file} takes ${plural(binding.requiredParams, "required argument")}, but gunicorn calls the factory with none. Give them defaults.`,
        ...at(app.file, binding.line),
      },
    ];
  }
  if (app.factory && (binding.kind === "value" || binding.kind === "class")) {
    return [
      {
        level: "warning",
        message: `${app.callable} in ${app.file} is ${binding.kind === "class" ? "a class" : "assigned, not defined with def"}; check that calling it with no arguments returns the app.`,
        ...at(app.file, binding.line),
      },
    ];
  }
  const object = appObjects(snap, app.file).find((o) => o.name === app.callable);
  if (!app.factory && object?.factory) {
    return [
      {
        level: "warning",
        message: `${app.callable} in ${app.file} is an app factory: gunicorn would serve the function itself. Use ${spec(app.callable, true)} to call it.`,
        ...at(app.file, binding.line),
      },
    ];
  }
  return [];
}

/** `app.run()` or `uvicorn.run(app)` at import time starts a second server inside a worker. */
function checkRunCalls(snap: AppSnapshot, app: Located, at: At): Finding[] {
  const facts = factsOf(snap, app.file);
  if (!facts) return [];
  const apps = new Set(appObjects(snap, app.file).map((o) => o.name));
  const call = facts.runCalls.find((c) => apps.has(c.object) || c.object === "uvicorn");
  if (!call) return [];
  return [
    {
      level: "error",
      message: `${app.file} starts a development server at import time, so gunicorn's workers would hang while booting. Move the \`${call.object}.run(...)\` call under \`if __name__ == "__main__":\`.`,
      ...at(app.file, call.line),
    },
  ];
}

function buildFindings(
  snap: AppSnapshot,
  build: BuildInputs,
  app: Located | undefined,
  at: At,
): Finding[] {
  if (build.tool === undefined) {
    const nested = app?.chdir && exists(snap, joinPath(app.chdir, REQUIREMENTS));
    return [
      {
        level: "error",
        message: `No ${REQUIREMENTS} at the app root (${snap.name}/)${nested ? ` (${app!.chdir}/${REQUIREMENTS} is not read: it must sit at the root)` : ""}, and no setup.py or pyproject.toml either. App Service's build installs packages only from those, so the app would fail at boot with ModuleNotFoundError. Add ${REQUIREMENTS}, listing your framework and gunicorn.`,
      },
    ];
  }
  const file = build.file!;
  const findings: Finding[] = [...build.findings];
  // A build file (or an include) that was not read has its own finding; claim nothing about it.
  if (snap.unread.some((u) => u.path === file || /\.(txt|toml)$/.test(u.path))) return findings;
  const framework = app?.object?.framework;
  if (framework && !providesFramework(build, framework)) {
    const title = FRAMEWORK_TITLES[framework];
    findings.push({
      level: "error",
      message: `${file} does not list ${title}, which the app imports: App Service would not install it and the app would fail at boot. Add ${title} to it.`,
      ...at(file),
    });
  }
  if (app) findings.push(...missingImportFindings(snap, build, app.file, at));
  if (!build.dependencies.has("gunicorn")) {
    findings.push({
      level: "warning",
      message: `${file} does not list gunicorn. App Service's image brings one, but pin your own so the flags this command uses behave as tested.`,
      ...at(file),
    });
  }
  return findings;
}

function providesFramework(build: BuildInputs, framework: Framework): boolean {
  // FastAPI is built on Starlette and installs it.
  if (framework === "starlette" && build.dependencies.has("fastapi")) return true;
  return build.dependencies.has(framework);
}
