// The CLI's logic: flags (the action's input names) → the same analysis → text or JSON.
import type { Analysis } from "../core/analysis.js";
import { count, failsRun } from "../core/report/findings.js";
import { plural } from "../core/report/words.js";
import { parseInputs } from "../core/inputs/inputs.js";
import { renderText, type TextStyle } from "../core/report/report-text.js";
import type { SiteState } from "../core/report/report.js";
import { tune } from "../run/tune.js";
import { evidenceBase, VERSION } from "../version.js";
import { parseCliArgs, usage, UsageError } from "./args.js";

export interface Terminal {
  readonly out: (text: string) => void;
  /** Why the run failed, when findings fail it (stderr). */
  readonly err: (text: string) => void;
  /** Colour only on a terminal, never when NO_COLOR is set or for --json. */
  readonly color: boolean;
}

export function toJson(analysis: Analysis, site?: SiteState): object {
  const { layout } = analysis;
  const base = {
    ...(site
      ? { site: { name: site.site, outcome: site.outcome, previous: site.previous ?? null } }
      : {}),
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
  const { config, maxConcurrency, reasons, memory, evidence } = analysis.recommendation;
  const at = evidenceBase({});
  const links = Object.fromEntries(
    Object.entries(evidence).flatMap(([k, doc]) => (doc ? [[k, `${at}${doc}`]] : [])),
  );
  return {
    ...base,
    workers: config.workers,
    threads: config.threads,
    workerClass: config.workerClass,
    timeout: config.timeout,
    maxConcurrency,
    memory,
    reasons,
    evidence: links,
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
  if (!args.values.get("plan")) {
    throw new UsageError(
      "--plan is required: gunicorn-tuner [path] --plan B1 (--help lists the SKUs; auto reads the site's)",
    );
  }
  const inputs = parseInputs((name) => args.values.get(name) ?? "");
  if (inputs.modes.has("comment")) {
    throw new UsageError("--mode comment posts on a pull request: it is for the action");
  }
  const tuned = await tune(inputs);
  const analysis = fromAppRoot(
    { ...tuned.analysis, findings: [...tuned.findings] },
    tuned.snapshot.rootFromRepo,
  );
  const style: TextStyle = terminal.color && !args.json ? ANSI : PLAIN;
  terminal.out(
    args.json
      ? JSON.stringify(toJson(analysis, tuned.site), null, 2) + "\n"
      : renderText(
          {
            title: tuned.snapshot.name,
            ...analysis,
            site: tuned.site,
            evidenceBase: evidenceBase({}),
          },
          style,
        ),
  );
  if (tuned.failure) {
    terminal.err(`gunicorn-tuner: the site could not be read or updated: ${tuned.failure}\n`);
    return 1;
  }
  if (!failsRun(analysis.findings, inputs.failOn)) return 0;
  const errors = count(analysis.findings, "error");
  const warnings = count(analysis.findings, "warning");
  terminal.err(
    `gunicorn-tuner: failing: ${plural(errors, "error")} and ${plural(warnings, "warning")} with --fail-on ${inputs.failOn} (see Findings above)\n`,
  );
  return 1;
}

/** A terminal names files from the app folder it was given, not from where it runs. */
function fromAppRoot(analysis: Analysis, root: string): Analysis {
  if (root === "") return analysis;
  const prefix = `${root}/`;
  const findings = analysis.findings.map((f) =>
    f.file?.startsWith(prefix) ? { ...f, file: f.file.slice(prefix.length) } : f,
  );
  return { ...analysis, findings };
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
