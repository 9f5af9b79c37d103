// What the site runs today, from its startup command (or Oryx's generated one when it has
// none), the config file and the app settings, in gunicorn's precedence.
import {
  cmdArgsSized,
  configSized,
  DEFAULT_CONFIG_FILE,
  effective,
  readConfigFile,
  type Effective,
} from "./gunicorn-settings.js";
import { gunicornSteps, readStartupCommand, type GunicornStep } from "./startup-command.js";

/** The app settings gunicorn or Oryx read; every other setting is never even held. */
export const GUNICORN_SETTINGS = [
  "GUNICORN_CMD_ARGS",
  "WEB_CONCURRENCY",
  "PYTHON_ENABLE_GUNICORN_MULTIWORKERS",
  "PYTHON_GUNICORN_CUSTOM_WORKER_NUM",
  "PYTHON_GUNICORN_CUSTOM_THREAD_NUM",
] as const;
export type GunicornSettingName = (typeof GUNICORN_SETTINGS)[number];
export type AppSettings = Partial<Record<GunicornSettingName, string>>;

/** A setting gunicorn reads with int(): a positive whole number, or nothing it can use. */
function whole(text: string | undefined): number | undefined {
  const n = text !== undefined && /^\s*\d{1,12}\s*$/.test(text) ? Number(text) : undefined;
  return n ? n : undefined;
}

/** What runs today when the site has no startup command: Oryx's generated one. */
export function oryxDefault(cores: number, settings: AppSettings): Effective {
  const multi = settings.PYTHON_ENABLE_GUNICORN_MULTIWORKERS?.toLowerCase() === "true";
  const workers = multi ? (whole(settings.PYTHON_GUNICORN_CUSTOM_WORKER_NUM) ?? 2 * cores + 1) : 1;
  const threads = whole(settings.PYTHON_GUNICORN_CUSTOM_THREAD_NUM) ?? 1;
  return effective({ commandLine: { workers, threads, timeout: 600 } });
}

export function layersFor(
  g: GunicornStep,
  files: ReadonlyMap<string, string>,
  settings: AppSettings,
) {
  const inline = g.step.words
    .find((w) => w.value.startsWith("GUNICORN_CMD_ARGS="))
    ?.value.slice(18);
  const config = files.get(g.config?.replace(/^\.\//, "") ?? DEFAULT_CONFIG_FILE);
  return {
    commandLine: g.settings,
    cmdArgs: cmdArgsSized(inline ?? settings.GUNICORN_CMD_ARGS),
    configFile: config === undefined ? {} : configSized(readConfigFile(config)),
    webConcurrency: whole(settings.WEB_CONCURRENCY),
  };
}

/** The current run's settings; undefined when a script not in the repository hides them. */
export function currentRun(
  appCommandLine: string,
  settings: AppSettings,
  files: ReadonlyMap<string, string>,
  cores: number,
): Effective | undefined {
  const shape = readStartupCommand(appCommandLine.trim());
  switch (shape.kind) {
    case "empty":
      return oryxDefault(cores, settings);
    case "gunicorn":
      return knownRun(shape.gunicorn, files, settings);
    case "script": {
      const g = gunicornSteps(files.get(shape.script) ?? "")[0];
      return g ? knownRun(g, files, settings) : undefined;
    }
    case "unparsed":
      return undefined;
    default:
      // One server process (uvicorn, python app.py) serves one request at a time per process.
      return effective({ commandLine: { workers: 1 } });
  }
}

/** A gunicorn step's run, unless it computes a sized setting or leaves arguments to expand. */
export function knownRun(
  g: GunicornStep,
  files: ReadonlyMap<string, string>,
  settings: AppSettings,
): Effective | undefined {
  if (g.unread.length > 0 || g.opaque.length > 0) return undefined;
  return effective(layersFor(g, files, settings));
}

/** Why the current run's sizes cannot be read from the command, in words; undefined if they can. */
export function unreadRun(
  appCommandLine: string,
  files: ReadonlyMap<string, string>,
): string | undefined {
  const shape = readStartupCommand(appCommandLine.trim());
  if (shape.kind === "unparsed")
    return `its startup command does not parse (${shape.problem.what})`;
  const g =
    shape.kind === "gunicorn"
      ? shape.gunicorn
      : shape.kind === "script"
        ? gunicornSteps(files.get(shape.script) ?? "")[0]
        : undefined;
  const words = [...(g?.unread.map((u) => u.text) ?? []), ...(g?.opaque ?? [])];
  if (words.length === 0) return undefined;
  return `its startup command computes ${words.map((w) => `\`${w}\``).join(", ")} only when it starts`;
}
