// Runs the bundled CLI as a user's shell would, from the repository root, and keeps its exit
// status, stdout and stderr whatever the status.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { DIST_CLI, ROOT } from "./paths.js";

const exec = promisify(execFile);

export async function cli(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [DIST_CLI, ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
