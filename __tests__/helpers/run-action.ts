// Runs the bundled action the way the runner does: inputs as INPUT_* variables (hyphens kept,
// so no shell in between), outputs and the job summary through files.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DIST_ACTION, ROOT } from "./paths.js";

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  cwd = ROOT,
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "gt-run-"));
  const outputFile = path.join(dir, "output");
  const summaryFile = path.join(dir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: dir,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [DIST_ACTION], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

/** Parses the runner's `name<<delimiter … delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<]+)<<(.+)$/);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
    outputs[name!] = value.join("\n");
  }
  return outputs;
}

/** `::error file=…,line=…::message` commands the toolkit printed. */
export function annotations(
  stdout: string,
): Array<{ level: string; props: string; message: string }> {
  return [...stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)].map((m) => ({
    level: m[1]!,
    props: m[2] ?? "",
    message: m[3]!,
  }));
}
