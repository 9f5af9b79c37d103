// Top-level imports of the app's own modules that no build input installs: `import databases`
// with no such requirement fails at boot. A warning (the framework itself is an error
// elsewhere): a package can arrive with another one, which only pip's resolver knows.
import type { Finding } from "../report/findings.js";
import { FRAMEWORK_TITLES } from "../python/app-object.js";
import { factsOf, importTargets } from "../python/python-modules.js";
import { normalizeName, type BuildInputs } from "./dependencies.js";
import { entries, type AppSnapshot } from "./snapshot.js";
import { STDLIB_MODULES } from "./stdlib-modules.js";

type At = (file: string, line?: number) => Pick<Finding, "file" | "line">;

/** Import names whose distribution is named otherwise. */
const DISTRIBUTIONS: Readonly<Record<string, readonly string[]>> = {
  yaml: ["pyyaml"],
  PIL: ["pillow"],
  cv2: ["opencv-python", "opencv-python-headless", "opencv-contrib-python"],
  dotenv: ["python-dotenv"],
  jwt: ["pyjwt"],
  psycopg2: ["psycopg2", "psycopg2-binary"],
  psycopg: ["psycopg", "psycopg-binary"],
  sklearn: ["scikit-learn"],
  bs4: ["beautifulsoup4"],
  dateutil: ["python-dateutil"],
  multipart: ["python-multipart"],
  jose: ["python-jose"],
  slugify: ["python-slugify"],
  socketio: ["python-socketio", "flask-socketio"],
  MySQLdb: ["mysqlclient"],
  attr: ["attrs"],
  OpenSSL: ["pyopenssl"],
  Crypto: ["pycryptodome"],
  docx: ["python-docx"],
  magic: ["python-magic"],
  flask_sqlalchemy: ["flask-sqlalchemy"],
  google: ["google-*", "protobuf"],
  azure: ["azure-*"],
  opentelemetry: ["opentelemetry-*", "azure-monitor-opentelemetry"],
};

/** Packages that arrive with a common one (its own requirements), by import name. */
const BROUGHT_BY: Readonly<Record<string, readonly string[]>> = {
  flask: ["werkzeug", "jinja2", "itsdangerous", "click", "markupsafe", "blinker"],
  django: ["asgiref", "sqlparse"],
  fastapi: [
    "starlette",
    "pydantic",
    "pydantic_core",
    "typing_extensions",
    "anyio",
    "annotated_types",
  ],
  starlette: ["anyio"],
  uvicorn: ["click", "h11"],
  requests: ["urllib3", "idna", "certifi", "charset_normalizer"],
  httpx: ["httpcore", "anyio", "idna", "certifi", "sniffio", "h11"],
  openai: ["httpx", "pydantic", "anyio", "distro", "jiter", "sniffio", "tqdm", "typing_extensions"],
  "flask-sqlalchemy": ["sqlalchemy"],
  sqlalchemy: ["greenlet", "typing_extensions"],
  pydantic: ["pydantic_core", "typing_extensions", "annotated_types"],
  celery: ["kombu", "billiard", "vine", "click"],
  gunicorn: ["packaging"],
  pandas: ["numpy", "dateutil", "pytz", "tzdata"],
  matplotlib: ["numpy", "PIL"],
  "flask-socketio": ["socketio", "engineio"],
  "python-socketio": ["engineio"],
};

export function missingImportFindings(
  snap: AppSnapshot,
  build: BuildInputs,
  appFile: string,
  at: At,
): Finding[] {
  if (build.tool === undefined) return [];
  const provided = providedImports(build);
  const own = ownNames(snap);
  const missing = new Map<string, { file: string }>();
  for (const file of importedFrom(snap, appFile)) {
    const facts = factsOf(snap, file);
    const optional = new Set(facts?.optionalImports);
    for (const module of facts?.imports ?? []) {
      if (optional.has(module)) continue;
      const top = module.split(".")[0]!;
      if (top === "" || STDLIB_MODULES.has(top) || own.has(top) || provided(top)) continue;
      // The framework missing is an error of its own (layout.ts).
      if (top in FRAMEWORK_TITLES) continue;
      if (!missing.has(top)) missing.set(top, { file });
    }
  }
  return [...missing].map(([name, { file }]) => ({
    level: "warning" as const,
    message: `${file} imports ${name}, which ${build.file} does not install${name in DISTRIBUTIONS ? ` (its package is ${DISTRIBUTIONS[name]![0]})` : ""}: the app would fail at boot with ModuleNotFoundError unless another package brings it. Add it to ${build.file}.`,
    ...at(file),
  }));
}

/** The app module and every module of the app it imports, as far as the scan read them. */
function importedFrom(snap: AppSnapshot, appFile: string): string[] {
  const seen = new Set([appFile]);
  const queue = [appFile];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of importTargets(snap, file)) {
      if (!seen.has(next) && snap.files.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

/** Whether the build provides an import name: listed itself, under its package's name, or brought. */
function providedImports(build: BuildInputs): (name: string) => boolean {
  const deps = new Set(build.dependencies.keys());
  const brought = new Set<string>();
  for (const dep of deps) for (const name of BROUGHT_BY[dep] ?? []) brought.add(name);
  for (const dep of deps) {
    for (const [name, packages] of Object.entries(BROUGHT_BY)) {
      if (normalizeName(name) === dep) packages.forEach((p) => brought.add(p));
    }
  }
  const has = (pattern: string) =>
    pattern.endsWith("*")
      ? [...deps].some((d) => d.startsWith(pattern.slice(0, -1)))
      : deps.has(normalizeName(pattern));
  return (name) =>
    brought.has(name) ||
    has(name) ||
    (DISTRIBUTIONS[name] ?? []).some(has) ||
    // `flask_cors` is installed as flask-cors
    has(name.replace(/_/g, "-"));
}

/** The app's own top-level modules and packages: what its folders hold. */
function ownNames(snap: AppSnapshot): Set<string> {
  const names = new Set<string>();
  for (const dir of snap.listings.keys()) {
    for (const entry of entries(snap, dir)) {
      names.add(entry.replace(/\/$/, "").replace(/\.py$/, ""));
    }
  }
  return names;
}
