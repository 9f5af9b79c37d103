// Finds the app object a module binds, under any name: `Flask(...)`, `FastAPI(...)`,
// `get_wsgi_application()`…, a factory's result, or a name imported from another module.
import type { Binding, ModuleFacts } from "./python-source.js";
import { factsOf, moduleFiles } from "./python-modules.js";
import type { AppSnapshot } from "../detect/snapshot.js";

export type Framework = "flask" | "django" | "fastapi" | "starlette" | "quart" | "litestar";
/** WSGI apps run on sync/gthread workers; ASGI apps need an event-loop worker. */
export type Protocol = "wsgi" | "asgi";

export const FRAMEWORK_TITLES: Readonly<Record<Framework, string>> = {
  flask: "Flask",
  django: "Django",
  fastapi: "FastAPI",
  starlette: "Starlette",
  quart: "Quart",
  litestar: "Litestar",
};

/** `package:name` of each constructor, with what it makes. */
const CONSTRUCTORS: Readonly<Record<string, readonly [Framework, Protocol]>> = {
  "flask:Flask": ["flask", "wsgi"],
  "fastapi:FastAPI": ["fastapi", "asgi"],
  "starlette:Starlette": ["starlette", "asgi"],
  "quart:Quart": ["quart", "asgi"],
  "litestar:Litestar": ["litestar", "asgi"],
  "django:get_wsgi_application": ["django", "wsgi"],
  "django:get_asgi_application": ["django", "asgi"],
};

export interface AppObject {
  /** The name gunicorn looks up in the module. */
  readonly name: string;
  readonly framework: Framework;
  readonly protocol: Protocol;
  /** A function gunicorn must call (`module:name()`), not the app itself. */
  readonly factory: boolean;
  readonly requiredParams: number;
  readonly line: number;
}

type Snap = Pick<AppSnapshot, "files" | "listings">;
const MAX_IMPORT_HOPS = 4;

/** App objects the module binds at top level, `app` and `application` first. */
export function appObjects(snap: Snap, file: string, hops = 0): AppObject[] {
  const facts = factsOf(snap, file);
  if (!facts) return [];
  const found: AppObject[] = [];
  for (const [name, binding] of facts.bindings) {
    const made = objectFor(snap, file, facts, binding, hops);
    if (made) found.push({ ...made, name, line: binding.line });
  }
  const rank = (o: AppObject) =>
    (o.factory ? 10 : 0) + (o.name === "app" ? 0 : o.name === "application" ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}

type Made = Omit<AppObject, "name" | "line">;

function objectFor(
  snap: Snap,
  file: string,
  facts: ModuleFacts,
  binding: Binding,
  hops: number,
): Made | undefined {
  switch (binding.kind) {
    case "call": {
      const made =
        constructed(facts, binding.callee) ?? subclassed(snap, file, facts, binding.callee, hops);
      if (made) return { ...made, factory: false, requiredParams: 0 };
      // `app = create_app()`: the factory's product is the app.
      const factory = factoryNamed(snap, file, facts, binding.callee, hops);
      return factory && { ...factory, factory: false, requiredParams: 0 };
    }
    case "def": {
      const made = binding.calls
        .map((c) => constructed(facts, c) ?? subclassed(snap, file, facts, c, hops))
        .find(Boolean);
      return made && { ...made, factory: true, requiredParams: binding.requiredParams };
    }
    case "import":
      return imported(snap, file, binding, hops);
    default:
      return undefined;
  }
}

/** What a callee constructs, resolved through the module's imports. */
function constructed(
  facts: ModuleFacts,
  callee: string,
): { framework: Framework; protocol: Protocol } | undefined {
  const [head, ...rest] = callee.split(".");
  const last = rest.length > 0 ? rest[rest.length - 1]! : head!;
  const bound = facts.bindings.get(head!);
  const pkg = bound?.kind === "import" ? bound.module.split(".")[0] : undefined;
  const hit = pkg && CONSTRUCTORS[`${pkg}:${last}`];
  if (hit) return { framework: hit[0], protocol: hit[1] };
  if (rest.length === 0 && !bound) {
    // `from flask import Flask` inside create_app() binds nothing at module level.
    const pkgs = new Set(facts.imports.map((m) => m.split(".")[0]!));
    const any = Object.entries(CONSTRUCTORS).find(
      ([key]) => key.endsWith(`:${last}`) && pkgs.has(key.split(":")[0]!),
    );
    if (any) return { framework: any[1][0], protocol: any[1][1] };
  }
  return undefined;
}

/**
 * `class MyAPI(FastAPI)` in the app's own modules, several levels deep and across imports:
 * the framework class it derives from decides what an instance of it is.
 */
function subclassed(
  snap: Snap,
  file: string,
  facts: ModuleFacts,
  name: string,
  hops: number,
): { framework: Framework; protocol: Protocol } | undefined {
  if (hops >= MAX_IMPORT_HOPS || name.includes(".")) return undefined;
  const bound = facts.bindings.get(name);
  if (bound?.kind === "class") {
    for (const base of bound.bases) {
      const made = constructed(facts, base) ?? subclassed(snap, file, facts, base, hops + 1);
      if (made) return made;
    }
  }
  if (bound?.kind === "import" && bound.name !== "") {
    for (const source of moduleFiles(snap, file, bound.module)) {
      const theirs = source === file ? undefined : factsOf(snap, source);
      const made = theirs && subclassed(snap, source, theirs, bound.name, hops + 1);
      if (made) return made;
    }
  }
  return undefined;
}

/** A factory function named by a call in this module, defined here or imported. */
function factoryNamed(
  snap: Snap,
  file: string,
  facts: ModuleFacts,
  callee: string,
  hops: number,
): Made | undefined {
  const target = facts.bindings.get(callee);
  if (target?.kind === "def") {
    const made = target.calls.map((c) => constructed(facts, c)).find(Boolean);
    return made && { ...made, factory: true, requiredParams: target.requiredParams };
  }
  if (target?.kind === "import") {
    const made = imported(snap, file, target, hops);
    return made?.factory ? made : undefined;
  }
  return undefined;
}

/** `from pkg.web import app`: follow the import into the app's own files. */
function imported(
  snap: Snap,
  file: string,
  binding: Extract<Binding, { kind: "import" }>,
  hops: number,
): Made | undefined {
  if (binding.name === "" || hops >= MAX_IMPORT_HOPS) return undefined;
  for (const source of moduleFiles(snap, file, binding.module)) {
    if (source === file || !snap.files.has(source)) continue;
    // Only the imported name is followed: following every binding of every module it passes
    // through multiplies with each hop (two modules importing 40 names from each other).
    const facts = factsOf(snap, source);
    const target = facts?.bindings.get(binding.name);
    const hit = target && objectFor(snap, source, facts!, target, hops + 1);
    if (hit) return hit;
  }
  return undefined;
}
