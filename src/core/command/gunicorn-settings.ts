// What gunicorn will really run with, from every place a setting can come from, in gunicorn's
// own precedence (gunicorn/app/base.py load_config): command-line flags over GUNICORN_CMD_ARGS
// over the config file (-c, else ./gunicorn.conf.py), with $WEB_CONCURRENCY as the workers
// default. A sync worker given more than one thread becomes gthread.
import { readModule } from "../python/python-source.js";
import { gunicornSteps, type SizedSettings } from "./startup-command.js";
import { DEFAULT_KEEP_ALIVE, DEFAULT_WORKER_CONNECTIONS, type Shape } from "../sizing/shape.js";

export { DEFAULT_KEEP_ALIVE, DEFAULT_WORKER_CONNECTIONS };

export const DEFAULT_CONFIG_FILE = "gunicorn.conf.py";

/**
 * gunicorn's defaults: workers 1 (or $WEB_CONCURRENCY), threads 1, sync, timeout 30,
 * worker_connections 1000, keepalive 2.
 */
export interface Effective extends Shape {
  readonly timeout: number;
  readonly workerConnections: number;
  readonly keepAlive: number;
}

export interface ConfigSetting {
  readonly name: string;
  /** The value as written, e.g. `4`, `"gthread"`, `multiprocessing.cpu_count() * 2 + 1`. */
  readonly source: string;
  readonly line: number;
}

/** Settings a config file assigns at module level (gunicorn reads its module globals). */
export function readConfigFile(source: string): ConfigSetting[] {
  const out: ConfigSetting[] = [];
  for (const [name, b] of readModule(source).bindings) {
    if (
      (b.kind === "value" || b.kind === "call") &&
      b.source !== undefined &&
      /^[a-z_]+$/.test(name)
    ) {
      out.push({ name, source: b.source, line: b.line });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The sized settings a config file sets, where their values are literals. */
export function configSized(settings: readonly ConfigSetting[]): SizedSettings {
  const get = (name: string) => settings.find((s) => s.name === name)?.source;
  const int = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : undefined);
  const str = (text: string | undefined) => text?.match(/^(["'])(.*)\1$/)?.[2];
  return {
    workers: int(get("workers")),
    threads: int(get("threads")),
    workerClass: str(get("worker_class")),
    timeout: int(get("timeout")),
    workerConnections: int(get("worker_connections")),
    keepAlive: int(get("keepalive")),
  };
}

/** GUNICORN_CMD_ARGS read as gunicorn reads it: flags only. */
export function cmdArgsSized(value: string | undefined): SizedSettings {
  if (!value) return {};
  return gunicornSteps(`gunicorn ${value}`)[0]?.settings ?? {};
}

export function effective(layers: {
  readonly commandLine: SizedSettings;
  readonly cmdArgs?: SizedSettings;
  readonly configFile?: SizedSettings;
  readonly webConcurrency?: number | undefined;
}): Effective {
  const pick = <K extends keyof SizedSettings>(key: K) =>
    layers.commandLine[key] ?? layers.cmdArgs?.[key] ?? layers.configFile?.[key];
  const threads = pick("threads") ?? 1;
  const named = pick("workerClass") ?? "sync";
  return {
    workers: pick("workers") ?? layers.webConcurrency ?? 1,
    threads,
    workerClass:
      (named === "sync" || named.endsWith("SyncWorker")) && threads > 1 ? "gthread" : named,
    timeout: pick("timeout") ?? 30,
    workerConnections: pick("workerConnections") ?? DEFAULT_WORKER_CONNECTIONS,
    keepAlive: pick("keepAlive") ?? DEFAULT_KEEP_ALIVE,
  };
}

/** Whether two effective settings mean the same (what a write would change). */
export function sameSettings(a: Effective, b: Effective): boolean {
  const threads = (e: Effective) =>
    e.workerClass === "sync" || e.workerClass === "gthread" ? e.threads : 1;
  // Only gthread reads the connection settings: sync and event-loop workers ignore them.
  const gthread = a.workerClass === "gthread";
  return (
    a.workers === b.workers &&
    a.workerClass === b.workerClass &&
    threads(a) === threads(b) &&
    a.timeout === b.timeout &&
    (!gthread || (a.workerConnections === b.workerConnections && a.keepAlive === b.keepAlive))
  );
}
