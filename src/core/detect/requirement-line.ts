// One requirement as pip reads it, and the dependency it names: shared by requirements files,
// pyproject.toml and setup.py.
import { parsePipRequirementsLine, type Requirement } from "pip-requirements-js";

export interface VersionSpec {
  readonly operator: string;
  readonly version: string;
}

export interface Dependency {
  /** PEP 503 normalized. */
  readonly name: string;
  readonly extras: readonly string[];
  readonly specs: readonly VersionSpec[];
  readonly file: string;
  readonly line: number | undefined;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** Options pip takes after a requirement (`--hash=sha256:…` from pip-compile --generate-hashes). */
const PER_REQUIREMENT_OPTIONS =
  /\s+--(hash|config-settings|global-option|install-option)(=|\s+)\S+/g;

export function parseLine(line: string): Requirement | undefined {
  if (line.startsWith("-")) return undefined;
  try {
    return parsePipRequirementsLine(line.replace(PER_REQUIREMENT_OPTIONS, "")) ?? undefined;
  } catch {
    // A VCS URL, or a wheel or sdist by path or URL: #egg= names the project, else the file
    // name does (PEP 427 wheels and sdists start `name-version`).
    const named = EGG.exec(line) ?? ARCHIVE.exec(line.split(/[\s#;]/)[0]!);
    return named ? { type: "ProjectName", name: named[1]! } : undefined;
  }
}

const EGG = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/;
const ARCHIVE = /(?:^|\/)([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(?:whl|tar\.gz|tar\.bz2|zip)$/;

export function dependency(req: Requirement, file: string, line: number | undefined): Dependency {
  const named = req as { name: string; extras?: string[]; versionSpec?: VersionSpec[] };
  return {
    name: normalizeName(named.name),
    extras: (named.extras ?? []).map(normalizeName),
    specs: named.versionSpec ?? [],
    file,
    line,
  };
}
