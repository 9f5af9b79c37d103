// What the app's database sees: SQLite files it writes (several writers lock each other, and
// App Service's /home is a network share where SQLite's locking is unreliable), and the
// connections each worker process may open (SQLAlchemy's pool, Django's one per thread).
import type { SyntaxNode } from "@lezer/common";
import type { ConnectionPool, SqliteUse } from "./kinds.js";
import { walk } from "../python/python-nodes.js";
import { type PythonTree } from "./python-tree.js";
import { dictEntries, type Settings } from "./settings.js";

/** SQLAlchemy's QueuePool defaults: pool_size 5, max_overflow 10. */
export const SQLALCHEMY_POOL = { size: 5, overflow: 10 };
const SQLITE_URL = /^sqlite(\+\w+)?:\/\/\/(?!:memory:)./;
const WRITE_SQL = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE)\b/i;
const ENGINES = new Set(["sqlalchemy.create_engine", "sqlalchemy.ext.asyncio.create_async_engine"]);

export function sqliteUses(trees: readonly PythonTree[], settings: Settings): SqliteUse[] {
  const uses: SqliteUse[] = [];
  let writes = false;
  for (const tree of trees) {
    walk(tree.top, (n) => {
      const text = n.name === "String" ? tree.stringValue(n) : undefined;
      if (text !== undefined && SQLITE_URL.test(text))
        uses.push({ file: tree.file, line: tree.line(n), what: "connects to a SQLite file" });
      if (text !== undefined && WRITE_SQL.test(text)) writes = true;
      if (n.name !== "CallExpression") return;
      const callee = tree.callee(n);
      if (callee === "sqlite3.connect")
        uses.push({
          file: tree.file,
          line: tree.line(n),
          what: "opens a SQLite file with sqlite3",
        });
      if (/\.(commit|create_all|executescript)$/.test(callee)) writes = true;
    });
  }
  const django = djangoEngine(settings);
  // Django writes on its own (sessions, auth), so a SQLite database there is always written.
  if (django?.engine.endsWith("sqlite3")) {
    return [{ file: django.file, line: django.line, what: "uses Django's SQLite backend" }];
  }
  return writes ? uses.slice(0, 1) : [];
}

/** Connections per worker process, from the first pool the app configures. */
export function connectionPools(
  trees: readonly PythonTree[],
  settings: Settings,
): ConnectionPool[] {
  const pools: ConnectionPool[] = [];
  for (const tree of trees) {
    walk(tree.top, (n) => {
      if (n.name !== "CallExpression") return;
      const callee = tree.callee(n);
      if (ENGINES.has(callee)) pools.push(pool(tree, n, tree.keywords(n), "create_engine()"));
      if (callee === "flask_sqlalchemy.SQLAlchemy") {
        const options =
          tree.keywords(n).get("engine_options") ??
          settings.get("SQLALCHEMY_ENGINE_OPTIONS")?.at(-1)?.node;
        const entries =
          options?.name === "DictionaryExpression" ? dictEntries(tree, options) : new Map();
        pools.push(pool(tree, n, entries, "Flask-SQLAlchemy"));
      }
    });
  }
  const django = djangoEngine(settings);
  if (django && !django.engine.endsWith("sqlite3")) {
    pools.push({ file: django.file, line: django.line, perProcess: undefined, what: "Django" });
  }
  return pools.slice(0, 1);
}

function pool(
  tree: PythonTree,
  call: SyntaxNode,
  options: ReadonlyMap<string, SyntaxNode>,
  what: string,
): ConnectionPool {
  const number = (key: string, fallback: number) => {
    const node = options.get(key);
    const value = node?.name === "Number" ? Number(tree.text(node)) : NaN;
    return Number.isInteger(value) && value >= 0 ? value : fallback;
  };
  const size = number("pool_size", SQLALCHEMY_POOL.size);
  const overflow = number("max_overflow", SQLALCHEMY_POOL.overflow);
  // NullPool opens a connection per use: one per thread at most, like Django.
  const nullPool = /NullPool$/.test(
    options.get("poolclass") ? tree.text(options.get("poolclass")!) : "",
  );
  return {
    file: tree.file,
    line: tree.line(call),
    perProcess: nullPool ? undefined : size + overflow,
    what: `${what} (pool_size ${size} + max_overflow ${overflow})`,
  };
}

function djangoEngine(
  settings: Settings,
): { engine: string; file: string; line: number } | undefined {
  const databases = settings.get("DATABASES")?.at(-1);
  if (databases?.node.name !== "DictionaryExpression") return undefined;
  const entry = dictEntries(databases.tree, databases.node).get("default");
  if (entry?.name !== "DictionaryExpression") return undefined;
  const engine = databases.tree.stringValue(dictEntries(databases.tree, entry).get("ENGINE"));
  return engine ? { engine, file: databases.file, line: databases.line } : undefined;
}
