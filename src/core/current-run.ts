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

/** What runs today when the site has no startup command: Oryx's generated one. */
export function oryxDefault(cores: number, settings: AppSettings): Effective {
  const multi = settings.PYTHON_ENABLE_GUNICORN_MULTIWORKERS?.toLowerCase() === "true";
  const workers = multi ? Number(settings.PYTHON_GUNICORN_CUSTOM_WORKER_NUM) || 2 * cores + 1 : 1;
  const threads = Number(settings.PYTHON_GUNICORN_CUSTOM_THREAD_NUM) || 1;
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
    webConcurrency: Number(settings.WEB_CONCURRENCY) || undefined,
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
      return effective(layersFor(shape.gunicorn, files, settings));
    case "script": {
      const g = gunicornSteps(files.get(shape.script) ?? "")[0];
      return g ? effective(layersFor(g, files, settings)) : undefined;
    }
    default:
      // One server process (uvicorn, python app.py) serves one request at a time per process.
      return effective({ commandLine: { workers: 1 } });
  }
}
