// The CLI's logic: flags (the action's input names) → the same analysis → text or JSON.
import { analyze, type Analysis } from "../core/analysis.js";
import { failsRun } from "../core/findings.js";
import { parseInputs } from "../core/inputs.js";
import { notMeasured } from "../core/measured-inputs.js";
import { renderText, type TextStyle } from "../core/report-text.js";
import { scanApp } from "../fs/repo-scan.js";
import { VERSION } from "../version.js";
import { parseCliArgs, usage, UsageError } from "./args.js";

export interface Terminal {
  readonly out: (text: string) => void;
  /** Colour only on a terminal, never when NO_COLOR is set or for --json. */
  readonly color: boolean;
}

export function toJson(analysis: Analysis): object {
  const { layout } = analysis;
  const base = {
    command: analysis.command ?? null,
    module: layout.module ?? null,
    chdir: layout.chdir ?? null,
    framework: layout.framework,
    protocol: layout.protocol,
    build: layout.build,
    plan: analysis.plan,
    findings: analysis.findings,
    edits: analysis.edits,
  };
  // No app, no numbers: workers for an app that does not exist would only mislead.
  if (!analysis.command) return base;
  const { config, maxConcurrency, reasons, memory } = analysis.recommendation;
  return {
    ...base,
    workers: config.workers,
    threads: config.threads,
    workerClass: config.workerClass,
    timeout: config.timeout,
    maxConcurrency,
    memory,
    reasons,
  };
}

export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    terminal.out(usage() + "\n");
    return 0;
  }
  if (args.version) {
    terminal.out(`gunicorn-tuner ${VERSION}\n`);
    return 0;
  }
  const inputs = parseInputs((name) => args.values.get(name) ?? "");
  if (inputs.plan.kind !== "known") {
    throw new UsageError(
      "--plan auto reads the plan from Azure and is for the action; name the SKU (e.g. --plan B1)",
    );
  }
  const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
  const unmeasured =
    inputs.ioAuto || inputs.workerMemoryAuto
      ? notMeasured(
          inputs,
          "the CLI reads no site metrics",
          "Pass --io-profile or --io-wait-ratio, and --worker-memory-mb, for your app (the action measures them from the live site).",
        ).findings
      : [];
  const analysis = analyze(snapshot, inputs, inputs.plan.resources, unmeasured);
  const style: TextStyle = terminal.color && !args.json ? ANSI : PLAIN;
  terminal.out(
    args.json
      ? JSON.stringify(toJson(analysis), null, 2) + "\n"
      : renderText({ title: snapshot.name, ...analysis }, style),
  );
  return failsRun(analysis.findings, inputs.failOn) ? 1 : 0;
}

const PLAIN: TextStyle = {
  good: (s) => s,
  bad: (s) => s,
  warn: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
};
const ansi = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const ANSI: TextStyle = {
  good: ansi(32),
  bad: ansi(31),
  warn: ansi(33),
  dim: ansi(2),
  bold: ansi(1),
};
