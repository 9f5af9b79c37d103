// Where the command lives and how to change it without losing anything: the site's own
// startup command (a compound command, a script, a server start), the repository's startup
// scripts and gunicorn.conf.py, and the app settings gunicorn reads. Pure: text in, a plan out.
import { configShape, connectionFlags, isThreadedClass, type GunicornConfig } from "./command.js";
import type { Finding } from "../report/findings.js";
import { knownRun, layersFor, oryxDefault } from "./current-run.js";
import {
  cmdArgsSized,
  DEFAULT_CONFIG_FILE,
  effective,
  readConfigFile,
  sameSettings,
  type Effective,
} from "./gunicorn-settings.js";
import type { FileEdit } from "./file-edit.js";
import { describeShape } from "../sizing/shape.js";
import {
  gunicornSteps,
  otherSteps,
  readStartupCommand,
  retune,
  retunedStep,
  type GunicornStep,
} from "./startup-command.js";
import { checkRetune, servesThisApp } from "./startup-checks.js";

export { GUNICORN_SETTINGS, type AppSettings, type GunicornSettingName } from "./current-run.js";
import { GUNICORN_SETTINGS, type AppSettings } from "./current-run.js";

/** Files that start an app on App Service, read from the app root. */
export const STARTUP_FILES = ["startup.sh", "startup.txt", "entrypoint.sh", "Procfile"];

export type { FileEdit };

export type SitePlan =
  | {
      readonly status: "write";
      readonly command: string;
      /** Undefined when the command computes a sized setting when it runs (`-w $(nproc)`). */
      readonly current: Effective | undefined;
      readonly note?: string;
    }
  | { readonly status: "unchanged"; readonly current: Effective }
  | {
      readonly status: "refused";
      readonly reason: string;
      readonly current: Effective | undefined;
    };

/** The flags we size, stated in full so no config file or GUNICORN_CMD_ARGS can change them. */
export function sizedFlags(c: GunicornConfig): string[] {
  return [
    `--workers ${c.workers}`,
    ...(isThreadedClass(c.workerClass) ? [`--threads ${c.threads}`] : []),
    `--worker-class ${c.workerClass}`,
    ...connectionFlags(c),
    `--timeout ${c.timeout}`,
  ];
}

/**
 * Whether a run already means what our command states. A retune keeps the user's own
 * connection settings where we state none, so those count as already ours.
 */
function runsOurs(current: Effective, c: GunicornConfig): boolean {
  const ours = configShape(c);
  return sameSettings(current, {
    workers: ours.workers,
    threads: ours.threads,
    workerClass: ours.workerClass,
    timeout: c.timeout,
    workerConnections: ours.workerConnections ?? current.workerConnections,
    keepAlive: ours.keepAlive ?? current.keepAlive,
  });
}

export function planSite(input: {
  readonly appCommandLine: string;
  readonly settings: AppSettings;
  readonly files: ReadonlyMap<string, string>;
  readonly command: string;
  readonly config: GunicornConfig;
  readonly cores: number;
}): SitePlan {
  const text = input.appCommandLine.trim();
  const shape = readStartupCommand(text);
  switch (shape.kind) {
    case "empty":
      return {
        status: "write",
        command: input.command,
        current: oryxDefault(input.cores, input.settings),
      };
    case "gunicorn":
      return planGunicorn(text, shape.gunicorn, input);
    case "server":
      return servesThisApp(shape.server, input.config, input.files)
        ? {
            status: "write",
            command: input.command,
            current: effective({ commandLine: { workers: 1 } }),
            note: `The site ran \`${text}\`, one server process; the gunicorn command replaces it.`,
          }
        : refuseLone(text, input.config);
    case "unparsed":
      return {
        status: "refused",
        current: undefined,
        reason: `The site's startup command does not parse as a shell command (${shape.problem.what}, line ${shape.problem.line}), so gunicorn-tuner cannot tell what it runs. Nothing was written: fix the command, or set it to ${input.command}.`,
      };
    case "script":
      return planScript(shape.script, input);
    case "other":
      return {
        status: "refused",
        current: undefined,
        reason: `The site's startup command runs no gunicorn step that gunicorn-tuner could retune, and replacing it would lose ${list(otherSteps(text, shape))}. Nothing was written: add gunicorn to it yourself, with ${sizedFlags(input.config).join(" ")}.`,
      };
  }
}

function planGunicorn(
  text: string,
  g: GunicornStep,
  input: Parameters<typeof planSite>[0],
): SitePlan {
  if (g.opaque.length > 0) {
    return {
      status: "refused",
      current: undefined,
      reason: `The site's gunicorn step holds ${g.opaque.map((o) => `\`${o}\``).join(", ")}, which become arguments only when the site starts and may set the workers or threads themselves. Nothing was written: state the settings in the command, with ${sizedFlags(input.config).join(" ")}.`,
    };
  }
  const current = knownRun(g, input.files, input.settings);
  if (current && runsOurs(current, input.config)) return { status: "unchanged", current };
  const command = retune(text, g, sizedFlags(input.config));
  const check = checkRetune(text, command);
  if (check) return { status: "refused", current, reason: check };
  const note =
    g.unread.length > 0
      ? `The site's ${g.unread.map((u) => `\`${u.text}\``).join(", ")} ${g.unread.length > 1 ? "were" : "was"} computed when the site started; the command now states the numbers.`
      : undefined;
  return { status: "write", command, current, ...(note ? { note } : {}) };
}

/** A lone step gunicorn-tuner does not know to serve this app: replacing it would lose it. */
function refuseLone(text: string, config: GunicornConfig): SitePlan {
  return {
    status: "refused",
    current: undefined,
    reason: `The site's startup command \`${text}\` is not a server gunicorn-tuner knows to serve ${config.module}, and replacing it would lose what it does. Nothing was written: if it starts this app, set the startup command to the gunicorn command yourself.`,
  };
}

function planScript(script: string, input: Parameters<typeof planSite>[0]): SitePlan {
  const body = input.files.get(script);
  const g = body === undefined ? undefined : gunicornSteps(body)[0];
  if (body !== undefined && g) {
    const current = effective(layersFor(g, input.files, input.settings));
    if (runsOurs(current, input.config)) return { status: "unchanged", current };
    const before = body.slice(g.step.start, g.step.end);
    const after = retunedStep(body, g, sizedFlags(input.config)).split("\n")[0]!;
    const steps = otherSteps(body, readStartupCommand(body));
    return {
      status: "refused",
      current,
      reason: `The site starts through ${script}, and a bare gunicorn command in its place would lose ${list(steps)}. Nothing was written. Change line ${g.step.line} of ${script} from \`${before}\` to \`${after}\` and deploy it.`,
    };
  }
  return {
    status: "refused",
    current: undefined,
    reason: `The site starts through ${script}${body === undefined ? ", which is not in working-directory" : ", which runs no gunicorn step"}; a bare gunicorn command in its place would lose whatever it does. Nothing was written. Where it starts gunicorn, use ${sizedFlags(input.config).join(" ")}.`,
  };
}

function list(steps: readonly string[]): string {
  if (steps.length === 0) return "what it does";
  return steps.map((s) => `\`${s}\``).join(", ");
}

const MAX_EDITS_PER_FILE = 10;

/** The repository's own startup files and gunicorn.conf.py: what to change there, and why. */
export function repoEdits(
  files: ReadonlyMap<string, string>,
  config: GunicornConfig,
  at: (file: string, line?: number) => Pick<Finding, "file" | "line">,
): { edits: FileEdit[]; findings: Finding[] } {
  const edits: FileEdit[] = [];
  const findings: Finding[] = [];
  for (const file of STARTUP_FILES) {
    const body = files.get(file);
    // A script that starts gunicorn more than a few times is not a startup script to edit.
    for (const g of body === undefined ? [] : gunicornSteps(body).slice(0, MAX_EDITS_PER_FILE)) {
      const current = effective(layersFor(g, files, {}));
      if (runsOurs(current, config)) continue;
      const before = body!.slice(g.step.start, g.step.end);
      const after = retunedStep(body!, g, sizedFlags(config)).split("\n")[0]!;
      edits.push({ file, line: g.step.line, before, after });
      findings.push({
        level: "warning",
        // App Service runs a script the startup command names; a Procfile only other hosts read.
        message: `${file} starts gunicorn with ${describeShape(current)}. ${file === "Procfile" ? "App Service does not read a Procfile; where another host does, change that line as shown" : `If the site starts through ${file}, change that line as shown (keep ${file} as the startup command, so its other steps still run)`}.`,
        ...at(file, g.step.line),
      });
    }
  }
  const conf = files.get(DEFAULT_CONFIG_FILE);
  if (conf !== undefined) findings.push(...configFindings(conf, config, edits, at));
  return { edits, findings };
}

const CONFIG_KEYS: Readonly<Record<string, (c: GunicornConfig) => string | undefined>> = {
  workers: (c) => String(c.workers),
  threads: (c) => (isThreadedClass(c.workerClass) ? String(c.threads) : undefined),
  worker_class: (c) => JSON.stringify(c.workerClass),
  timeout: (c) => String(c.timeout),
  worker_connections: (c) => c.workerConnections?.toString(),
  keepalive: (c) => (c.workerConnections === undefined ? undefined : "0"),
};

function configFindings(
  source: string,
  config: GunicornConfig,
  edits: FileEdit[],
  at: (file: string, line?: number) => Pick<Finding, "file" | "line">,
): Finding[] {
  const settings = readConfigFile(source);
  if (settings.length === 0) return [];
  const overridden: string[] = [];
  for (const s of settings) {
    const value = CONFIG_KEYS[s.name]?.(config);
    if (value === undefined) continue;
    overridden.push(s.name);
    if (s.source.replace(/'/g, '"') !== value) {
      edits.push({
        file: DEFAULT_CONFIG_FILE,
        line: s.line,
        before: `${s.name} = ${s.source}`,
        after: `${s.name} = ${value}`,
      });
    }
  }
  const sets = settings.map((s) => `${s.name} = ${s.source}`).join(", ");
  const override = overridden.length
    ? ` The startup command states ${overridden.join(", ")} itself, so those lines no longer decide anything (command-line flags win); change them as shown to keep the file telling the truth.`
    : "";
  return [
    {
      level: "notice",
      message: `${DEFAULT_CONFIG_FILE} sets ${sets}; gunicorn loads it by itself from the app folder.${override}`,
      ...at(DEFAULT_CONFIG_FILE),
    },
  ];
}

/** gunicorn's own names for the settings, as its docs and config files spell them. */
const GUNICORN_NAMES: Readonly<Record<string, string>> = {
  workerClass: "worker_class",
  workerConnections: "worker_connections",
  keepAlive: "keepalive",
};

/** What the site's app settings do next to a custom startup command. */
export function settingsFindings(settings: AppSettings, config: GunicornConfig): Finding[] {
  const out: Finding[] = [];
  const args = cmdArgsSized(settings.GUNICORN_CMD_ARGS);
  // The connection settings are ours to override only where our command states them.
  const stated = (k: string) =>
    config.workerConnections !== undefined || (k !== "workerConnections" && k !== "keepAlive");
  const sized = Object.entries(args)
    .filter(([k, v]) => v !== undefined && stated(k))
    .map(([k]) => GUNICORN_NAMES[k] ?? k);
  if (sized.length > 0) {
    out.push({
      level: "notice",
      message: `The app setting \`GUNICORN_CMD_ARGS\` sets ${sized.join(", ")}; the startup command's own \`${sizedFlags(config).join(" ")}\` override it (command-line flags win).`,
    });
  }
  if (settings.WEB_CONCURRENCY) {
    out.push({
      level: "notice",
      message: `The app setting \`WEB_CONCURRENCY\` is only gunicorn's default worker count; the startup command's \`--workers ${config.workers}\` overrides it.`,
    });
  }
  const oryx = GUNICORN_SETTINGS.filter(
    (k) => k.startsWith("PYTHON_") && settings[k] !== undefined,
  );
  if (oryx.length > 0) {
    out.push({
      level: "notice",
      message: `The app settings ${oryx.map((k) => `\`${k}\``).join(", ")} only shape the command App Service generates when no startup command is set; with one set they have no effect, and can be removed.`,
    });
  }
  return out;
}
