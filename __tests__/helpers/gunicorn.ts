// Runs a startup command exactly as emitted, through a shell as App Service does, with real
// gunicorn on a loopback port: Debian's 20.1, or the current release from the test virtualenv
// that scripts/ensure-test-deps.sh prepares.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { ROOT } from "./paths.js";

export const DEBIAN_GUNICORN = "/usr/bin/gunicorn";
export const VENV_GUNICORN = path.join(ROOT, ".tmp", "venv", "bin", "gunicorn");
export const GUNICORNS = [
  { name: "Debian's gunicorn 20.1", bin: DEBIAN_GUNICORN },
  { name: "current gunicorn (virtualenv)", bin: VENV_GUNICORN },
] as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The platform's `gunicorn` is on PATH there; here we point the word at Debian's binary. */
function forShell(command: string, gunicorn: string): string {
  if (!command.startsWith("gunicorn ")) throw new Error(`not a gunicorn command: ${command}`);
  return `exec ${gunicorn} ${command.slice("gunicorn ".length)}`;
}

export interface Served {
  readonly stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null; log: string }>;
  readonly log: () => string;
}

export async function serve(
  command: string,
  cwd: string,
  port: number,
  gunicorn = DEBIAN_GUNICORN,
  urlPath = "/",
  env: NodeJS.ProcessEnv = process.env,
): Promise<Served> {
  const child = spawn("sh", ["-c", forShell(command, gunicorn)], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}${urlPath}`, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n--- gunicorn log ---\n${log}`);
  }
  return {
    log: () => log,
    stop: async () => {
      child.kill("SIGTERM");
      const result = await exited;
      return { ...result, log };
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`gunicorn exited with ${child.exitCode} before serving`);
    try {
      const res = await fetch(url);
      // An unread body keeps the exchange open, and a sync worker stalls on it.
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no HTTP 200 from ${url} within 20 s`);
}

/** `gunicorn --check-config` with the same flags: loads the app and exits. */
export async function checkConfig(
  command: string,
  cwd: string,
  gunicorn = DEBIAN_GUNICORN,
): Promise<{ code: number | null; log: string }> {
  const child = spawn("sh", ["-c", `${forShell(command, gunicorn)} --check-config`], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, log };
}
