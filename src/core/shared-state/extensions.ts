// Sessions, caches, rate limits and Socket.IO kept in the process by the framework or an
// extension, read from the settings and the extensions' constructors. A value the code computes
// (os.environ[...]) is not judged: no finding without a literal that says "in memory".
import type { SyntaxNode } from "@lezer/common";
import type { Hazard } from "./kinds.js";
import { walk } from "../python/python-nodes.js";
import { type PythonTree } from "./python-tree.js";
import { dictEntries, stringSetting, type Setting, type Settings } from "./settings.js";

const DJANGO_LOCMEM = "django.core.cache.backends.locmem.LocMemCache";
const DJANGO_CACHE_SESSIONS = "django.contrib.sessions.backends.cache";
/** Flask-Caching's per-process cache, under each name it accepts. */
const FLASK_SIMPLE_CACHE = new Set([
  "SimpleCache",
  "simple",
  "flask_caching.backends.SimpleCache",
  "flask_caching.backends.simplecache.SimpleCache",
]);

export function extensionHazards(trees: readonly PythonTree[], settings: Settings): Hazard[] {
  return [
    ...djangoHazards(settings),
    ...flaskCaching(settings),
    ...trees.flatMap((tree) => constructed(tree, settings)),
  ];
}

function at(s: Setting): Pick<Hazard, "file" | "line"> {
  return { file: s.file, line: s.line };
}

/** Cache-backed sessions on Django's local-memory cache (its default when CACHES is unset). */
function djangoHazards(settings: Settings): Hazard[] {
  const caches = settings.get("CACHES")?.at(-1);
  const backend = caches && defaultCacheBackend(caches);
  const engine = stringSetting(settings, "SESSION_ENGINE");
  const out: Hazard[] = [];
  if (
    engine?.text === DJANGO_CACHE_SESSIONS &&
    (caches === undefined || backend === DJANGO_LOCMEM)
  ) {
    const where = caches ? "LocMemCache" : "LocMemCache, Django's default when CACHES is not set";
    out.push({
      kind: "session",
      ...at(engine),
      what: `keeps sessions in the cache, which is ${where}`,
    });
  } else if (caches && backend === DJANGO_LOCMEM) {
    out.push({
      kind: "cache",
      ...at(caches),
      what: "uses Django's LocMemCache as its default cache",
    });
  }
  return out;
}

function defaultCacheBackend(caches: Setting): string | undefined {
  if (caches.node.name !== "DictionaryExpression") return undefined;
  const entry = dictEntries(caches.tree, caches.node).get("default");
  if (entry?.name !== "DictionaryExpression") return undefined;
  return caches.tree.stringValue(dictEntries(caches.tree, entry).get("BACKEND"));
}

function flaskCaching(settings: Settings): Hazard[] {
  const type = stringSetting(settings, "CACHE_TYPE");
  if (!type || !FLASK_SIMPLE_CACHE.has(type.text!)) return [];
  return [
    {
      kind: "cache",
      ...at(type),
      what: `sets CACHE_TYPE to ${type.text}, Flask-Caching's in-process cache`,
    },
  ];
}

/** Extensions constructed with their in-memory default: sessions, limits, Socket.IO. */
function constructed(tree: PythonTree, settings: Settings): Hazard[] {
  const out: Hazard[] = [];
  walk(tree.top, (n) => {
    if (n.name !== "CallExpression") return;
    const hit = inMemoryExtension(tree, n, settings);
    if (hit) out.push({ ...hit, file: tree.file, line: tree.line(n) });
  });
  return out;
}

function inMemoryExtension(
  tree: PythonTree,
  call: SyntaxNode,
  settings: Settings,
): Pick<Hazard, "kind" | "what"> | undefined {
  const callee = tree.callee(call);
  const keywords = tree.keywords(call);
  if (callee === "flask_limiter.Limiter") {
    const storage = keywords.get("storage_uri");
    const configured =
      settings.has("RATELIMIT_STORAGE_URI") || settings.has("RATELIMIT_STORAGE_URL");
    const memory = storage ? tree.stringValue(storage)?.startsWith("memory://") : !configured;
    return memory ? { kind: "limiter", what: "keeps flask-limiter's counts in memory" } : undefined;
  }
  if (callee === "flask_socketio.SocketIO") {
    if (keywords.has("message_queue") || settings.has("SOCKETIO_MESSAGE_QUEUE")) return undefined;
    return { kind: "socketio", what: "serves Flask-SocketIO without a message queue" };
  }
  if (callee === "socketio.Server" || callee === "socketio.AsyncServer") {
    if (keywords.has("client_manager")) return undefined;
    return {
      kind: "socketio",
      what: "serves python-socketio without a client manager (message queue)",
    };
  }
  if (callee === "cachelib.SimpleCache" || callee === "cachelib.simple.SimpleCache") {
    const session = settings.get("SESSION_CACHELIB")?.some((s) => s.node.from === call.from);
    if (session)
      return { kind: "session", what: "keeps Flask-Session's sessions in cachelib's SimpleCache" };
  }
  return undefined;
}
