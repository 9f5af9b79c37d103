// The CLI's logic: flags (the action's input names) → the same analysis → text or JSON.
import { analyze, type Analysis } from "../core/analysis.js";
import { failsRun } from "../core/findings.js";
import { DEFAULTS, parseInputs, REPORT_INPUTS } from "../core/inputs.js";
import { renderText } from "../core/report.js";
import { scanApp } from "../fs/repo-scan.js";

/** The CLI only reports: the comment and Azure inputs belong to the action. */
const CLI_INPUTS: readonly string[] = REPORT_INPUTS;

export class UsageError extends Error {
  override name = "UsageError";
}

interface Args {
  readonly values: ReadonlyMap<string, string>;
  readonly json: boolean;
  readonly help: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string>();
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (!CLI_INPUTS.includes(name)) {
        throw new UsageError(`unknown option --${name}; see --help`);
      }
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else throw new UsageError(`unexpected argument ${JSON.stringify(arg)}; see --help`);
  }
  return { values, json, help };
}

export function usage(): string {
  const flags = CLI_INPUTS.map((n) => `  --${n}${DEFAULTS[n] ? ` (default ${DEFAULTS[n]})` : ""}`);
  return [
    "Usage: gunicorn-tuner --plan SKU [options]",
    "Recommends a gunicorn startup command for an App Service (Linux) Python app and checks the layout.",
    "",
    ...flags,
    "  --json            print one JSON object instead of the report",
    "",
    "Exit status: 0 fine, 1 findings fail the run (fail-on), 2 bad usage or input.",
  ].join("\n");
}

export function toJson(analysis: Analysis): object {
  const { config, maxConcurrency, reasons, memory } = analysis.recommendation;
  return {
    command: analysis.command ?? null,
    workers: config.workers,
    threads: config.threads,
    workerClass: config.workerClass,
    timeout: config.timeout,
    maxConcurrency,
    module: analysis.layout.module ?? null,
    chdir: analysis.layout.chdir ?? null,
    plan: analysis.plan,
    memory,
    reasons,
    findings: analysis.findings,
  };
}

export async function runCli(argv: readonly string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    out(usage() + "\n");
    return 0;
  }
  const inputs = parseInputs((name) => args.values.get(name) ?? "");
  if (inputs.plan.kind !== "known") {
    throw new UsageError(
      "plan: auto reads the plan from Azure and is for the action; name the SKU (e.g. --plan B1)",
    );
  }
  const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
  const analysis = analyze(snapshot, inputs, inputs.plan.resources);
  out(
    args.json
      ? JSON.stringify(toJson(analysis), null, 2) + "\n"
      : renderText({ title: snapshot.root, ...analysis }),
  );
  return failsRun(analysis.findings, inputs.failOn) ? 1 : 0;
}
