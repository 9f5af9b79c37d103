// Builds and parses gunicorn command lines. App Service runs the startup command through a
// shell, so every part that reaches it must match a strict grammar: nothing is ever quoted,
// anything outside the grammar is rejected.
import type { Shape } from "../sizing/shape.js";

/** gunicorn's thread-per-request workers and the event-loop workers that serve ASGI apps. */
export const WORKER_CLASSES = [
  "sync",
  "gthread",
  "uvicorn_worker.UvicornWorker",
  "uvicorn.workers.UvicornWorker",
  "asgi",
  "gevent",
  "eventlet",
] as const;

/** Workers that run each request as a greenlet; --worker-connections sizes them. */
export function isGreenletClass(workerClass: string): boolean {
  return workerClass === "gevent" || workerClass === "eventlet";
}
export type WorkerClass = (typeof WORKER_CLASSES)[number];

/** Workers that run one request per thread; the others run an event loop and take no --threads. */
export function isThreadedClass(workerClass: WorkerClass): boolean {
  return workerClass === "sync" || workerClass === "gthread";
}

export interface GunicornConfig {
  readonly module: string;
  readonly host: string;
  readonly port: number;
  readonly workers: number;
  readonly threads: number;
  readonly workerClass: WorkerClass;
  readonly timeout: number;
  /**
   * Connections each worker may hold, stated with keep-alive off (accept-spread.ts); undefined
   * keeps gunicorn's defaults (1000, keep-alive 2 s).
   */
  readonly workerConnections?: number;
  /** Folder (relative to the app root) gunicorn changes into before importing the app. */
  readonly chdir?: string;
  readonly accessLog: boolean;
}

const IDENT = "[A-Za-z_][A-Za-z0-9_]*";
/** `pkg.mod`, `pkg.mod:app` or `pkg.mod:create_app()`; gunicorn's own forms, no arguments. */
export const MODULE_PATTERN = new RegExp(`^${IDENT}(\\.${IDENT})*(:${IDENT}(\\(\\))?)?$`);
/** Relative POSIX folder: no `..`, no hidden or absolute paths, no shell metacharacters. */
export const CHDIR_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;
const IPV4_PATTERN = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const INT_PATTERN = /^[1-9]\d{0,5}$/;
const MAX_PATH_LENGTH = 200;

export const LIMITS = {
  workers: { min: 1, max: 64 },
  threads: { min: 1, max: 256 },
  timeout: { min: 1, max: 3600 },
  workerConnections: { min: 1, max: 10000 },
  port: { min: 1, max: 65535 },
} as const;

export class CommandSyntaxError extends Error {
  override name = "CommandSyntaxError";
}

export function isValidModule(value: string): boolean {
  return value.length <= MAX_PATH_LENGTH && MODULE_PATTERN.test(value);
}

export function isValidChdir(value: string): boolean {
  return value.length <= MAX_PATH_LENGTH && CHDIR_PATTERN.test(value);
}

/** The startup command App Service should run. Throws when any part is outside the grammar. */
export function buildCommand(config: GunicornConfig): string {
  assertConfig(config);
  // Every setting we size is stated, so a gunicorn.conf.py or GUNICORN_CMD_ARGS cannot change
  // what the command means (command-line flags win in gunicorn's precedence).
  const parts = ["gunicorn", `--workers ${config.workers}`];
  if (isThreadedClass(config.workerClass)) parts.push(`--threads ${config.threads}`);
  parts.push(
    `--worker-class ${config.workerClass}`,
    ...connectionFlags(config),
    `--bind=${config.host}:${config.port}`,
    `--timeout ${config.timeout}`,
  );
  if (config.accessLog) parts.push("--access-logfile -");
  if (config.chdir) parts.push(`--chdir ${config.chdir}`);
  parts.push(shellWord(config.module));
  return parts.join(" ");
}

/**
 * The per-worker connection cap: for gthread always with keep-alive off (the two only mean it
 * together); for gevent, the greenlets each worker runs at once.
 */
export function connectionFlags(
  config: Pick<GunicornConfig, "workerConnections" | "workerClass">,
): string[] {
  const n = config.workerConnections;
  if (n === undefined) return [];
  return isGreenletClass(config.workerClass)
    ? [`--worker-connections ${n}`]
    : [`--worker-connections ${n}`, "--keep-alive 0"];
}

/** A command's settings as a shape: in this grammar a connection cap comes with keep-alive off. */
export function configShape(config: GunicornConfig): Shape {
  return config.workerConnections === undefined || isGreenletClass(config.workerClass)
    ? config
    : { ...config, keepAlive: 0 };
}

/** `app:create_app()` must be quoted: parentheses are shell syntax. The grammar has no quotes. */
function shellWord(module: string): string {
  return module.includes("(") ? `'${module}'` : module;
}

function unquote(word: string): string {
  return /^'[^']*'$/.test(word) ? word.slice(1, -1) : word;
}

type Setter = (value: string, config: Draft) => void;
type Draft = { -readonly [K in keyof GunicornConfig]?: GunicornConfig[K] } & {
  keepAliveOff?: boolean;
};

const FLAGS: Record<string, Setter> = {
  "--bind": (v, c) => {
    const [host, port, extra] = v.split(":");
    if (extra !== undefined || !host || !IPV4_PATTERN.test(host)) fail(`bad --bind ${v}`);
    c.host = host;
    c.port = port === undefined ? 8000 : int("--bind port", port);
  },
  "--timeout": (v, c) => (c.timeout = int("--timeout", v)),
  "--workers": (v, c) => (c.workers = int("--workers", v)),
  "--worker-connections": (v, c) => (c.workerConnections = int("--worker-connections", v)),
  "--keep-alive": (v, c) => {
    if (v !== "0") fail(`--keep-alive must be 0 (it comes with --worker-connections), got ${v}`);
    c.keepAliveOff = true;
  },
  "--threads": (v, c) => (c.threads = int("--threads", v)),
  "--worker-class": (v, c) => {
    const known = WORKER_CLASSES.find((w) => w === v);
    if (!known) fail(`--worker-class must be one of ${WORKER_CLASSES.join(", ")}, got ${v}`);
    c.workerClass = known;
  },
  "--access-logfile": (v, c) => {
    if (v !== "-") fail(`--access-logfile must be -, got ${v}`);
    c.accessLog = true;
  },
  "--chdir": (v, c) => {
    if (!isValidChdir(v)) fail(`--chdir must be a relative folder, got ${v}`);
    c.chdir = v;
  },
};

/**
 * Parses a command in this grammar back into its settings (used to check round trips and to
 * read a command already set on the site). Rejects anything else rather than guessing.
 */
export function parseCommand(command: string): GunicornConfig {
  const tokens = command.trim().split(/ +/);
  if (tokens[0] !== "gunicorn") fail("a startup command must start with gunicorn");
  const draft: Draft = {};
  let i = 1;
  for (; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const eq = token.indexOf("=");
    const flag = eq === -1 ? token : token.slice(0, eq);
    const setter = FLAGS[flag];
    if (!setter) fail(`unknown option ${JSON.stringify(token)}`);
    const value = eq === -1 ? tokens[++i] : token.slice(eq + 1);
    if (value === undefined || i >= tokens.length - 1) fail(`${flag} needs a value`);
    setter(value, draft);
  }
  const module = unquote(tokens[i] ?? "");
  if (i !== tokens.length - 1 || !isValidModule(module)) {
    fail(`the command must end with an app module such as app:app`);
  }
  const greenlets = draft.workerClass !== undefined && isGreenletClass(draft.workerClass);
  if (
    !greenlets &&
    (draft.workerConnections === undefined) !== (draft.keepAliveOff === undefined)
  ) {
    fail("--worker-connections and --keep-alive 0 come together");
  }
  const threads = draft.threads ?? 1;
  const config: GunicornConfig = {
    module,
    host: draft.host ?? "127.0.0.1",
    port: draft.port ?? 8000,
    workers: draft.workers ?? 1,
    threads,
    // gunicorn switches sync to gthread by itself when threads > 1.
    workerClass: draft.workerClass ?? (threads > 1 ? "gthread" : "sync"),
    timeout: draft.timeout ?? 30,
    accessLog: draft.accessLog ?? false,
    ...(draft.workerConnections ? { workerConnections: draft.workerConnections } : {}),
    ...(draft.chdir ? { chdir: draft.chdir } : {}),
  };
  assertConfig(config);
  return config;
}

function assertConfig(c: GunicornConfig): void {
  if (!isValidModule(c.module)) fail(`bad app module ${JSON.stringify(c.module)}`);
  if (!IPV4_PATTERN.test(c.host)) fail(`bad bind host ${JSON.stringify(c.host)}`);
  if (c.chdir !== undefined && !isValidChdir(c.chdir)) fail(`bad --chdir ${c.chdir}`);
  for (const key of ["workers", "threads", "timeout", "port", "workerConnections"] as const) {
    const { min, max } = LIMITS[key];
    const value = c[key];
    if (key === "workerConnections" && value === undefined) continue;
    if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
      fail(`${key} must be a whole number from ${min} to ${max}, got ${value}`);
    }
  }
  if (c.workerClass === "sync" && c.threads !== 1) fail("the sync worker has exactly one thread");
  if (!isThreadedClass(c.workerClass) && c.threads !== 1) {
    fail(`the ${c.workerClass} worker runs an event loop and takes no --threads`);
  }
  if (
    c.workerConnections !== undefined &&
    c.workerClass !== "gthread" &&
    !isGreenletClass(c.workerClass)
  ) {
    fail("--worker-connections is set only for gthread, gevent and eventlet workers");
  }
  if (c.workerConnections !== undefined && c.workerConnections < c.threads) {
    fail("--worker-connections below --threads would leave threads without a connection");
  }
}

function int(name: string, value: string): number {
  if (!INT_PATTERN.test(value)) fail(`${name} must be a whole number, got ${value}`);
  return Number(value);
}

function fail(message: string): never {
  throw new CommandSyntaxError(message);
}
