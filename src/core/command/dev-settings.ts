// Development settings left in a start-up: gunicorn's `--reload` (or `reload = True` in
// gunicorn.conf.py) restarts workers whenever a file changes, which App Service never wants.
import type { Finding } from "../report/findings.js";
import { DEFAULT_CONFIG_FILE, readConfigFile } from "./gunicorn-settings.js";
import { gunicornSteps } from "./startup-command.js";

type At = (file: string, line?: number) => Pick<Finding, "file" | "line">;

const WHY =
  "workers restart whenever a file changes, a development setting that watches the app's files on App Service and drops the requests in flight";

/** `--reload` in the repository's start-up files, and `reload = True` in gunicorn.conf.py. */
export function reloadFindings(
  files: ReadonlyMap<string, string>,
  startupFiles: readonly string[],
  at: At,
): Finding[] {
  const out: Finding[] = [];
  for (const file of startupFiles) {
    const step = gunicornSteps(files.get(file) ?? "").find((g) => g.reload);
    if (step) {
      out.push({
        level: "warning",
        message: `${file} starts gunicorn with --reload: ${WHY}. Remove --reload there.`,
        ...at(file, step.step.line),
      });
    }
  }
  const conf = files.get(DEFAULT_CONFIG_FILE);
  const set =
    conf === undefined ? undefined : readConfigFile(conf).find((s) => s.name === "reload");
  if (set && set.source !== "False") {
    out.push({
      level: "warning",
      message: `${DEFAULT_CONFIG_FILE} sets reload = ${set.source}: ${WHY}. Remove that line, or set it from an environment variable only for development.`,
      ...at(DEFAULT_CONFIG_FILE, set.line),
    });
  }
  return out;
}

/** The same for the site's own startup command. */
export function siteReloadFinding(appCommandLine: string): Finding[] {
  if (!gunicornSteps(appCommandLine).some((g) => g.reload)) return [];
  return [
    {
      level: "warning",
      message: `The site's startup command starts gunicorn with --reload: ${WHY}. gunicorn-tuner keeps the site's own flags: remove it from the startup command.`,
    },
  ];
}
