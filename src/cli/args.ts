// The CLI's command line: `gunicorn-tuner [path] --plan SKU [options]`, parsed by node:util's
// parseArgs. Flags are the action's input names; values are validated by core/inputs.ts.
import { parseArgs } from "node:util";
import { CLI_INPUTS, DEFAULTS } from "../core/inputs/input-names.js";
import { PLAN_SKUS } from "../core/sizing/plans.js";
import { closeMatches } from "../core/inputs/suggest.js";
import { shown } from "../core/inputs/errors.js";

export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliArgs {
  /** Input name → value, as the action would receive them. */
  readonly values: ReadonlyMap<string, string>;
  readonly json: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** One line per flag: what it is and what it accepts (the default is added from DEFAULTS). */
export const FLAG_HELP: Readonly<Record<(typeof CLI_INPUTS)[number], string>> = {
  plan: "App Service plan SKU (below), custom, or auto (read from the site in Azure); required",
  cores: "vCPUs per instance, with --plan custom (1-256)",
  "memory-mb": "memory per instance in MB, with --plan custom (256-4194304)",
  "app-module":
    "what gunicorn loads: auto, module:app, module:factory() or pkg.wsgi (site/pkg.wsgi in a folder)",
  "io-profile": "share of request time spent waiting on I/O: cpu-bound, mixed or io-bound",
  "io-wait-ratio": "that share measured, 0 to 0.9999 (overrides --io-profile)",
  "working-directory": "the app folder (the same as the path argument)",
  port: "port gunicorn binds on 0.0.0.0 (1-65535)",
  timeout: "gunicorn --timeout in seconds (1-3600; default: App Service's 230 s limit)",
  "worker-memory-mb": "memory one worker uses, in MB (10-65536)",
  "max-connections":
    "connections the app's database allows it per instance; caps workers × threads (1-100000)",
  "apps-on-plan": "apps sharing the plan's memory (1-64)",
  "allow-multiple-workers":
    "true to size several workers even where the app keeps state in its process",
  "fail-on": "findings that make the exit status 1: error, warning or never",
  mode: "output, or apply to write the command to the site (needs --app-name)",
  "app-name": "the web app to read (its plan, metrics and startup command) or write",
  "resource-group-name": "the web app's resource group",
  "subscription-id": "the subscription (default: AZURE_SUBSCRIPTION_ID, else the Azure CLI's)",
  "slot-name": "a deployment slot instead of the production site",
  "dry-run": "true to say what apply would write, and write nothing",
  "metrics-window": "how much of the site's history to measure, ISO 8601 (P1D to P30D)",
  "arm-endpoint": "Azure Resource Manager (sovereign clouds differ)",
  "health-timeout": "seconds to wait for the site to answer after a write; 0 skips the check",
  "site-url": "where the health check asks (default: the site's own host name)",
  "health-path": "the path it asks (default: the site's health check path, else /)",
  "rollback-on-regression": "true to judge the last change from the metrics, and undo a worse one",
};

const BOOLEAN_FLAGS = {
  json: "print one JSON object instead of the report",
  help: "show this help",
  version: "print the version",
} as const;

/** `--json=true` and `--json=false` as the flags they mean (`--json`, `--no-json`). */
function booleanForms(argv: readonly string[]): string[] {
  return argv.map((arg) => {
    const m = /^--([a-z]+)=(true|false)$/.exec(arg);
    if (!m || !(m[1]! in BOOLEAN_FLAGS)) return arg;
    return m[2] === "true" ? `--${m[1]}` : `--no-${m[1]}`;
  });
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const options = Object.fromEntries([
    ...CLI_INPUTS.map((name) => [name, { type: "string" as const }]),
    ...Object.keys(BOOLEAN_FLAGS).map((name) => [name, { type: "boolean" as const }]),
    ["h", { type: "boolean" as const }],
  ]);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: booleanForms(argv),
      options,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(error as Error & { code?: string });
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(
      `expected at most one app folder, got ${positionals.length}: ${positionals.map(shown).join(" ")}`,
    );
  }
  const inputs = new Map<string, string>();
  for (const name of CLI_INPUTS) {
    const value = values[name];
    if (typeof value === "string") inputs.set(name, value);
  }
  const [folder] = positionals;
  if (folder !== undefined) {
    const flag = inputs.get("working-directory");
    if (flag !== undefined && flag !== folder) {
      throw new UsageError(
        `the app folder is given twice: ${shown(folder)} and --working-directory ${shown(flag)}`,
      );
    }
    inputs.set("working-directory", folder);
  }
  return {
    values: inputs,
    json: values.json === true,
    help: values.help === true || values.h === true,
    version: values.version === true,
  };
}

function usageError(error: Error & { code?: string }): UsageError {
  const flag = error.message.match(/'(-{1,2}[^' ]+)/)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) {
    const names = [...CLI_INPUTS, ...Object.keys(BOOLEAN_FLAGS)];
    const close = closeMatches(flag.replace(/^-+/, ""), names, 1).map((n) => `--${n}`);
    const hint = close.length > 0 ? `did you mean ${close.join(" or ")}? ` : "";
    return new UsageError(
      `unknown option ${flag.length > 60 ? shown(flag) : flag}; ${hint}see --help`,
    );
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
    return new UsageError(`${flag} needs a value; see --help`);
  }
  return new UsageError(`${error.message}; see --help`);
}

export function usage(): string {
  const width = Math.max(...CLI_INPUTS.map((n) => n.length)) + 12;
  const line = (flag: string, text: string) => `  ${flag.padEnd(width)}${text}`;
  const defaults = (name: string) => (DEFAULTS[name] ? ` (default ${DEFAULTS[name]})` : "");
  return [
    "Usage: gunicorn-tuner [path] --plan SKU [options]",
    "       gunicorn-tuner [path] --plan auto --app-name NAME --resource-group-name GROUP [--mode apply]",
    "",
    "Recommends the gunicorn startup command for a Python app on Azure App Service (Linux),",
    "explains every number and checks that the app will start. path is the app folder",
    "(default: the current folder). With --app-name it reads the live site (signed in through",
    "the Azure CLI, else AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET), measures it",
    "and, with --mode apply, writes the command as the action does.",
    "",
    "Options:",
    ...CLI_INPUTS.map((name) => line(`--${name} VALUE`, FLAG_HELP[name] + defaults(name))),
    ...Object.entries(BOOLEAN_FLAGS).map(([name, text]) =>
      line(name === "help" ? "-h, --help" : `--${name}`, text),
    ),
    "",
    "",
    `Plans: ${PLAN_SKUS.join(", ")}.`,
    "",
    "Exit status: 0 fine, 1 findings fail the run (--fail-on) or the site could not be read or",
    "updated, 2 bad usage or input.",
  ].join("\n");
}
