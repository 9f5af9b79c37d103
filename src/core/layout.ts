// Pure checks over an AppSnapshot: find the app the way App Service's Oryx does, then confirm
// what Oryx never checks (that the callable exists, that pip will install what the app needs).
import type { Finding } from "./findings.js";
import {
  importsPackage,
  normalizeName,
  requirementNames,
  topLevelDefinitions,
  topLevelRunCall,
  type Definition,
} from "./python-source.js";
import type { AppSnapshot } from "../fs/repo-scan.js";

/** Oryx's Flask candidates, in its order (microsoft/Oryx, startupscriptgenerator/python). */
export const FLASK_CANDIDATES = [
  "application.py",
  "app.py",
  "run.py",
  "index.py",
  "server.py",
  "wsgi.py",
];
export const REQUIREMENTS = "requirements.txt";
const FACTORY_NAMES = ["create_app", "make_app", "app_factory"];

export type Framework = "flask" | "django" | "unknown";

export interface Layout {
  /** The module gunicorn should load; undefined when no app was found. */
  readonly module: string | undefined;
  readonly chdir: string | undefined;
  readonly framework: Framework;
  /** Which file holds the app, relative to the app root. */
  readonly appFile: string | undefined;
  readonly findings: readonly Finding[];
}

interface Located {
  module: string;
  chdir: string | undefined;
  file: string;
  callable: string;
  factory: boolean;
  findings: Finding[];
}

/** `pkg.mod:x` → the files that could hold `pkg.mod`, relative to a search root. */
export function moduleFileCandidates(appModule: string): string[] {
  const base = appModule.split(":")[0]!.replaceAll(".", "/");
  return [`${base}.py`, `${base}/__init__.py`];
}

export function checkLayout(snap: AppSnapshot, appModule: string): Layout {
  const at = (rel: string, line?: number) => location(snap, rel, line);
  const located = appModule === "auto" ? detect(snap, at) : locate(snap, appModule, at);
  if ("error" in located) {
    return {
      module: undefined,
      chdir: undefined,
      framework: "unknown",
      appFile: undefined,
      findings: [located.error],
    };
  }
  const source = snap.files.get(located.file)!;
  const framework: Framework = importsPackage(source, "django")
    ? "django"
    : importsPackage(source, "flask")
      ? "flask"
      : "unknown";
  const findings = [
    ...located.findings,
    ...checkCallable(located, source, at),
    ...checkRunCall(located, source, at),
    ...checkRequirements(snap, framework, located.chdir, at),
  ];
  return {
    module: located.module,
    chdir: located.chdir,
    framework,
    appFile: located.file,
    findings,
  };
}

type At = (rel: string, line?: number) => Pick<Finding, "file" | "line">;

function location(snap: AppSnapshot, rel: string, line?: number): Pick<Finding, "file" | "line"> {
  const file = snap.rootFromRepo === "" ? rel : `${snap.rootFromRepo}/${rel}`;
  return line === undefined ? { file } : { file, line };
}

/** Oryx's order: a Django `<dir>/wsgi.py`, then the first Flask candidate at the root. */
function detect(snap: AppSnapshot, at: At): Located | { error: Finding } {
  const django = snap.subdirs.find((d) => snap.files.has(`${d}/wsgi.py`));
  if (django) {
    return {
      module: `${django}.wsgi`,
      chdir: undefined,
      file: `${django}/wsgi.py`,
      callable: "application",
      factory: false,
      findings: [],
    };
  }
  const rootFile = FLASK_CANDIDATES.find((f) => snap.files.has(f));
  if (rootFile) return flaskIn(snap, rootFile, undefined, at);
  for (const dir of snap.subdirs) {
    const file = FLASK_CANDIDATES.find((f) => snap.files.has(`${dir}/${f}`));
    if (file) {
      const found = flaskIn(snap, `${dir}/${file}`, dir, at);
      found.findings.push({
        level: "notice",
        message: `Found the app in ${dir}/${file}. App Service looks only at the app root, so it would not find it by itself; the startup command changes into ${dir} with --chdir.`,
        ...at(`${dir}/${file}`),
      });
      return found;
    }
  }
  return {
    error: {
      level: "error",
      message: `No app found in ${snap.root}: App Service looks for a Django <project>/wsgi.py or one of ${FLASK_CANDIDATES.join(", ")} at the app root. Set app-module (e.g. app:app) or working-directory to the folder you deploy.`,
    },
  };
}

/** A Flask candidate file: `<file>:app` as Oryx would, or its factory when it has no `app`. */
function flaskIn(snap: AppSnapshot, file: string, chdir: string | undefined, at: At): Located {
  const name = file.split("/").pop()!.replace(/\.py$/, "");
  const defs = topLevelDefinitions(snap.files.get(file)!);
  const factory = FACTORY_NAMES.find(
    (f) => defs.get(f)?.kind === "def" && defs.get(f)?.requiredParams === 0,
  );
  if (!defs.has("app") && factory) {
    return {
      module: `${name}:${factory}()`,
      chdir,
      file,
      callable: factory,
      factory: true,
      findings: [
        {
          level: "notice",
          message: `${file} has no module-level app, only the factory ${factory}(). App Service on its own would start ${name}:app and fail; the startup command calls ${name}:${factory}() instead.`,
          ...at(file, defs.get(factory)!.line),
        },
      ],
    };
  }
  return { module: `${name}:app`, chdir, file, callable: "app", factory: false, findings: [] };
}

/** An explicit app-module: at the root, or else in exactly one direct subfolder (→ --chdir). */
function locate(snap: AppSnapshot, appModule: string, at: At): Located | { error: Finding } {
  const [, callablePart] = appModule.split(":");
  const factory = callablePart?.endsWith("()") ?? false;
  // gunicorn's default callable when none is named is `application`.
  const callable = callablePart ? callablePart.replace("()", "") : "application";
  const candidates = moduleFileCandidates(appModule);
  const base = { module: appModule, callable, factory, findings: [] as Finding[] };
  const atRoot = candidates.find((f) => snap.files.has(f));
  if (atRoot) return { ...base, chdir: undefined, file: atRoot };
  const hits = snap.subdirs.flatMap((dir) =>
    candidates
      .filter((f) => snap.files.has(`${dir}/${f}`))
      .map((f) => ({ dir, file: `${dir}/${f}` })),
  );
  if (hits.length === 1) {
    const { dir, file } = hits[0]!;
    const note: Finding = {
      level: "notice",
      message: `app-module ${appModule} lives in ${dir}/, not at the app root: the startup command changes into ${dir} with --chdir.`,
      ...at(file),
    };
    return { ...base, chdir: dir, file, findings: [note] };
  }
  const where =
    hits.length > 1
      ? ` It exists in several subfolders (${hits.map((h) => h.dir).join(", ")}): set working-directory to the one you deploy.`
      : "";
  return {
    error: {
      level: "error",
      message: `app-module ${appModule}: neither ${candidates.join(" nor ")} exists in ${snap.root}.${where} Check the module path (dots for folders) and working-directory.`,
    },
  };
}

function checkCallable(app: Located, source: string, at: At): Finding[] {
  const defs = topLevelDefinitions(source);
  const def = defs.get(app.callable);
  const module = app.module.split(":")[0]!;
  if (!def) {
    return [
      {
        level: "error",
        message: `${app.file} defines no top-level ${app.callable}, so gunicorn would fail to load ${app.module}.${suggest(defs, module)}`,
        ...at(app.file),
      },
    ];
  }
  if (app.factory && def.kind === "def" && (def.requiredParams ?? 0) > 0) {
    return [
      {
        level: "error",
        message: `${app.callable}() in ${app.file} takes ${def.requiredParams} required argument(s), but gunicorn calls the factory with none. Give them defaults.`,
        ...at(app.file, def.line),
      },
    ];
  }
  if (app.factory && (def.kind === "assign" || def.kind === "class")) {
    return [
      {
        level: "warning",
        message: `${app.callable} in ${app.file} is ${def.kind === "class" ? "a class" : "assigned, not defined with def"}; check that calling it with no arguments returns the WSGI app.`,
        ...at(app.file, def.line),
      },
    ];
  }
  if (!app.factory && def.kind === "def" && FACTORY_NAMES.includes(app.callable)) {
    return [
      {
        level: "warning",
        message: `${app.callable} in ${app.file} looks like an app factory: gunicorn would serve the function itself. Use ${module}:${app.callable}() to call it.`,
        ...at(app.file, def.line),
      },
    ];
  }
  return [];
}

function suggest(defs: Map<string, Definition>, module: string): string {
  const factory = FACTORY_NAMES.find((f) => defs.get(f)?.kind === "def");
  if (factory) return ` It has the factory ${factory}(): use app-module ${module}:${factory}().`;
  const other = ["app", "application"].find((n) => defs.has(n));
  return other ? ` It defines ${other}: use app-module ${module}:${other}.` : "";
}

function checkRunCall(app: Located, source: string, at: At): Finding[] {
  const line = topLevelRunCall(source);
  if (line === undefined) return [];
  return [
    {
      level: "error",
      message: `${app.file} starts a development server at import time, so gunicorn's workers would hang while booting. Move the .run(...) call under if __name__ == "__main__":.`,
      ...at(app.file, line),
    },
  ];
}

function checkRequirements(
  snap: AppSnapshot,
  framework: Framework,
  chdir: string | undefined,
  at: At,
): Finding[] {
  const text = snap.files.get(REQUIREMENTS);
  if (text === undefined) {
    const nested =
      chdir && snap.files.has(`${chdir}/${REQUIREMENTS}`)
        ? ` (${chdir}/${REQUIREMENTS} is not read: it must sit at the root)`
        : "";
    return [
      {
        level: "error",
        message: `No ${REQUIREMENTS} at the app root ${snap.root}${nested}. App Service installs packages only from that file, so the app would fail at boot with ModuleNotFoundError. Add it, listing your framework and gunicorn.`,
      },
    ];
  }
  const names = requirementNames(text);
  const findings: Finding[] = [];
  if (framework !== "unknown" && !names.has(normalizeName(framework))) {
    const title = framework === "flask" ? "Flask" : "Django";
    findings.push({
      level: "error",
      message: `${REQUIREMENTS} does not list ${title}, which the app imports: App Service would not install it and the app would fail at boot. Add ${title} to it.`,
      ...at(REQUIREMENTS),
    });
  }
  if (!names.has("gunicorn")) {
    findings.push({
      level: "warning",
      message: `${REQUIREMENTS} does not list gunicorn. App Service's image brings one, but pin your own so the flags this command uses behave as tested.`,
      ...at(REQUIREMENTS),
    });
  }
  return findings;
}
