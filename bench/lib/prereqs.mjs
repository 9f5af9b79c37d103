// The benchmark's prerequisites: checked, installed when possible, and named when missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const NEEDED = [
  { bin: "/usr/bin/gunicorn", pkg: "gunicorn" },
  { bin: "/usr/bin/wrk", pkg: "wrk" },
  { bin: "/usr/bin/taskset", pkg: "util-linux" },
];

export function ensurePrereqs() {
  const missing = NEEDED.filter((n) => !existsSync(n.bin));
  const flask = spawnSync("/usr/bin/python3", ["-c", "import flask"]).status === 0;
  const pkgs = [...missing.map((m) => m.pkg), ...(flask ? [] : ["python3-flask"])];
  if (pkgs.length === 0) return;
  process.stderr.write(`bench: installing ${pkgs.join(", ")} from Debian\n`);
  try {
    const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
    const run = (args) =>
      execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    run(["apt-get", "update", "-qq"]);
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...pkgs]);
  } catch {
    throw new Error(
      `bench: missing ${pkgs.join(", ")}; install them with: apt-get install ${pkgs.join(" ")}`,
    );
  }
}

/** How many cores the machine has: the server gets its share, the load generator the rest. */
export function cores() {
  return Number(execFileSync("nproc", ["--all"], { encoding: "utf8" }).trim());
}
