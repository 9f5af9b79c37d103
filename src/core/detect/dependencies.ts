// What App Service's build installs, read where Oryx reads it: requirements.txt (with its -r and
// -c includes), else setup.py, else pyproject.toml (uv when uv.lock exists, else Poetry).
// Source: microsoft/Oryx PythonBashBuildSnippet.sh.tpl, in ../shared/AZURE-NOTES.md.
import { PYPROJECT, pyprojectDependencies } from "./pyproject.js";
import {
  dependency,
  normalizeName,
  parseLine,
  type Dependency,
  type VersionSpec,
} from "./requirement-line.js";

export { normalizeName, PYPROJECT, type Dependency, type VersionSpec };
import { parser } from "@lezer/python";
import type { Finding } from "../report/findings.js";
import { dirOf, joinPath } from "./paths.js";

export const REQUIREMENTS = "requirements.txt";
export const SETUP_PY = "setup.py";
export const UV_LOCK = "uv.lock";

export type BuildTool = "pip" | "setup.py" | "uv" | "poetry";

export interface BuildInputs {
  /** Undefined when the app root has none of the files Oryx builds from. */
  readonly tool: BuildTool | undefined;
  readonly file: string | undefined;
  readonly dependencies: ReadonlyMap<string, Dependency>;
  /** Version pins from -c constraint files, by name. */
  readonly constraints: ReadonlyMap<string, readonly VersionSpec[]>;
  readonly findings: readonly Finding[];
}

type Files = ReadonlyMap<string, string>;

/** Which file Oryx builds from, given which files exist at the app root. */
export function buildInput(exists: (file: string) => boolean): {
  tool: BuildTool | undefined;
  file: string | undefined;
} {
  if (exists(REQUIREMENTS)) return { tool: "pip", file: REQUIREMENTS };
  if (exists(SETUP_PY)) return { tool: "setup.py", file: SETUP_PY };
  if (exists(PYPROJECT)) return { tool: exists(UV_LOCK) ? "uv" : "poetry", file: PYPROJECT };
  return { tool: undefined, file: undefined };
}

export function readBuildInputs(files: Files, exists: (file: string) => boolean): BuildInputs {
  const { tool, file } = buildInput(exists);
  const deps = new Map<string, Dependency>();
  const constraints = new Map<string, VersionSpec[]>();
  const findings: Finding[] = [];
  const add = (d: Dependency) => deps.has(d.name) || deps.set(d.name, d);
  if (tool === "pip") {
    walkRequirements(files, REQUIREMENTS, new Set(), { add, constraints, findings, files });
  } else if (tool === "setup.py") {
    for (const d of setupPyDependencies(files.get(SETUP_PY) ?? "")) add(d);
  } else if (tool) {
    for (const d of pyprojectDependencies(files.get(PYPROJECT) ?? "", findings)) add(d);
  }
  return { tool, file, dependencies: deps, constraints, findings };
}

interface Walk {
  readonly add: (d: Dependency) => void;
  readonly constraints: Map<string, VersionSpec[]>;
  readonly findings: Finding[];
  readonly files: Files;
}

/** The requirements files a file includes with -r/-c, relative to its own folder. */
export function requirementIncludes(text: string, file: string): string[] {
  return logicalLines(text).flatMap(({ text: line }) => {
    const include = includeOf(line);
    return include ? [joinPath(dirOf(file), include.path)] : [];
  });
}

function walkRequirements(files: Files, file: string, seen: Set<string>, walk: Walk): void {
  const text = files.get(file);
  if (text === undefined || seen.has(file)) {
    if (text === undefined && !seen.has(file)) {
      walk.findings.push({
        level: "warning",
        message: `${file} is included from a requirements file but could not be read; pip would fail on it.`,
      });
    }
    return;
  }
  seen.add(file);
  for (const { text: line, number } of logicalLines(text)) {
    const include = includeOf(line);
    if (include) {
      const target = joinPath(dirOf(file), include.path);
      if (include.constraints) readConstraints(files.get(target) ?? "", walk.constraints);
      else walkRequirements(files, target, seen, walk);
      continue;
    }
    if (isLocalProject(line)) {
      // `-e .` or `.` installs the project itself: its own dependencies come along.
      for (const d of projectDependencies(files, walk.findings)) walk.add(d);
      continue;
    }
    if (line.length > MAX_REQUIREMENT_LINE) {
      walk.findings.push({
        level: "warning",
        message: `${file} line ${number} is ${line.length} characters long, more than any requirement needs; it was not read. Check that the file is what pip should install.`,
        file,
        line: number,
      });
      continue;
    }
    const req = parseLine(line);
    if (req) walk.add(dependency(req, file, number));
  }
}

/** A requirement with hashes for every wheel of a package stays well under this. */
const MAX_REQUIREMENT_LINE = 16 * 1024;

function readConstraints(text: string, into: Map<string, VersionSpec[]>): void {
  for (const { text: line } of logicalLines(text)) {
    const req = parseLine(line);
    if (req?.type === "ProjectName" && req.versionSpec) {
      into.set(normalizeName(req.name), req.versionSpec);
    }
  }
}

function projectDependencies(files: Files, findings: Finding[]): Dependency[] {
  if (files.has(PYPROJECT)) return pyprojectDependencies(files.get(PYPROJECT)!, findings);
  return setupPyDependencies(files.get(SETUP_PY) ?? "");
}

/** Lines joined across backslash continuations, comments stripped, with 1-based numbers. */
function logicalLines(text: string): { text: string; number: number }[] {
  const out: { text: string; number: number }[] = [];
  let pending = "";
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (pending === "") start = i + 1;
    if (raw.endsWith("\\")) {
      pending += raw.slice(0, -1) + " ";
      return;
    }
    const line = (pending + raw).replace(/(^|\s)#.*$/, "").trim();
    pending = "";
    if (line) out.push({ text: line, number: start });
  });
  return out;
}

function includeOf(line: string): { path: string; constraints: boolean } | undefined {
  const m = line.match(/^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)$/);
  if (!m) return undefined;
  return { path: m[2]!, constraints: m[1] === "-c" || m[1] === "--constraint" };
}

function isLocalProject(line: string): boolean {
  return /^(-e\s+|--editable(\s+|=))?\.\/?(\[[^\]]*\])?$/.test(line);
}

/** setup.py's `install_requires=[...]` string literals, read with the Python parser. */
function setupPyDependencies(source: string): Dependency[] {
  const out: Dependency[] = [];
  const cursor = parser.parse(source).cursor();
  do {
    if (cursor.name !== "ArgList") continue;
    const arg = cursor.node;
    for (let c = arg.firstChild; c; c = c.nextSibling) {
      if (c.name !== "VariableName" || source.slice(c.from, c.to) !== "install_requires") continue;
      const value = c.nextSibling?.nextSibling;
      if (value?.name !== "ArrayExpression") continue;
      for (let s = value.firstChild; s; s = s.nextSibling) {
        if (s.name !== "String") continue;
        const req = parseLine(source.slice(s.from + 1, s.to - 1));
        if (req) out.push(dependency(req, SETUP_PY, lineOf(source, source.slice(s.from, s.to))));
      }
    }
  } while (cursor.next());
  return out;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split("\n").length;
}

/** Whether the spec guarantees at least `minimum` (e.g. `==25.2`, `>=25.1`, `~=26.0`). */
export function guaranteesAtLeast(specs: readonly VersionSpec[], minimum: string): boolean {
  return specs.some(
    (s) => ["==", ">=", "~=", ">", "==="].includes(s.operator) && compare(s.version, minimum) >= 0,
  );
}

/** Whether the specs keep the version below `limit` (`<26`, `==23.0`, `~=23.0`). */
export function guaranteesBelow(specs: readonly VersionSpec[], limit: string): boolean {
  return specs.some(
    (s) =>
      ((s.operator === "<" || s.operator === "<=" || s.operator === "==" || s.operator === "~=") &&
        compare(s.version, limit) < 0) ||
      (s.operator === "<" && compare(s.version, limit) === 0),
  );
}

function compare(a: string, b: string): number {
  const pa = a.split(".").map((x) => parseInt(x, 10) || 0);
  const pb = b.split(".").map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What a startup script's `pip install` names: requirement files, local projects, packages. */
export interface InstalledAtBoot {
  readonly file: string;
  readonly line: number;
  readonly requirements: readonly string[];
  readonly projects: readonly string[];
  readonly packages: readonly string[];
}

/**
 * The build's packages and those a startup script installs before the app starts: both are there
 * when gunicorn imports the app. Problems in the script's files are not the build's to report.
 */
export function withBootInstalls(
  build: BuildInputs,
  installs: readonly InstalledAtBoot[],
  files: Files,
): BuildInputs {
  if (installs.length === 0) return build;
  const deps = new Map(build.dependencies);
  const add = (d: Dependency) => deps.has(d.name) || deps.set(d.name, d);
  const walk: Walk = { add, constraints: new Map(), findings: [], files };
  const seen = new Set(build.file ? [build.file] : []);
  for (const install of installs) {
    for (const file of install.requirements) walkRequirements(files, file, seen, walk);
    for (const dir of install.projects) {
      const pyproject = files.get(joinPath(dir, PYPROJECT));
      const found =
        pyproject !== undefined
          ? pyprojectDependencies(pyproject, [])
          : setupPyDependencies(files.get(joinPath(dir, SETUP_PY)) ?? "");
      found.forEach(add);
    }
    for (const name of install.packages) {
      const req = parseLine(name);
      if (req) add(dependency(req, install.file, install.line));
    }
  }
  return { ...build, dependencies: deps };
}
