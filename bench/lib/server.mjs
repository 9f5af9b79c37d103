// Runs one gunicorn command for the benchmark: pinned to the emulated plan's cores with taskset,
// inside a memory cgroup sized to the plan when the machine allows one, measured from /proc.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

// GUNICORN_BIN runs another gunicorn (e.g. .tmp/venv/bin/gunicorn, the current release).
const GUNICORN = process.env.GUNICORN_BIN ?? "/usr/bin/gunicorn";
const MEMORY_CGROUPS = "/sys/fs/cgroup/memory";

/** A cgroup v1 memory group with the plan's limit, or undefined where none can be made. */
function memoryGroup(name, limitMb) {
  const dir = path.join(MEMORY_CGROUPS, name);
  try {
    if (!existsSync(dir)) mkdirSync(dir);
    writeFileSync(path.join(dir, "memory.limit_in_bytes"), String(limitMb * 1024 * 1024));
    writeFileSync(path.join(dir, "memory.max_usage_in_bytes"), "0");
    return dir;
  } catch {
    return undefined;
  }
}

function readNumber(file) {
  try {
    return Number(readFileSync(file, "utf8").trim());
  } catch {
    return undefined;
  }
}

/** The pids of a process and all its descendants. */
function tree(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) if (p === rootPid) return true;
    return false;
  };
  return [...parents.keys()].filter(inTree);
}

/** CPU seconds (user + system) used so far by a process and its descendants. */
export function treeCpuSeconds(rootPid) {
  let ticks = 0;
  for (const pid of tree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** RSS of a process and all its descendants, in MB. */
export function treeRssMb(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) if (p === rootPid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    if (m) kb += Number(m[1]);
  }
  return Math.round(kb / 1024);
}

export async function startServer({ command, cwd, port, cpus, memoryMb, label, bin = GUNICORN }) {
  if (!command.startsWith("gunicorn "))
    throw new Error(`bench: not a gunicorn command: ${command}`);
  const group = memoryGroup(`gunicorn-tuner-bench-${process.pid}`, memoryMb);
  const exec = `exec taskset -c ${cpus} ${bin} ${command.slice("gunicorn ".length)}`;
  const script = group ? `echo $$ > ${group}/cgroup.procs && ${exec}` : exec;
  const child = spawn("sh", ["-c", script], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log = (log + d).slice(-20_000)));
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench: ${label} exited before serving:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      await res.arrayBuffer(); // an unread body would hold a sync worker's connection open
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`bench: ${label} did not serve within 30 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    memoryBounded: Boolean(group),
    rssMb: () => treeRssMb(child.pid),
    cpuSeconds: () => treeCpuSeconds(child.pid),
    peakMb: () =>
      group
        ? Math.round((readNumber(path.join(group, "memory.max_usage_in_bytes")) ?? 0) / 1048576)
        : undefined,
    oomKills: () =>
      group
        ? Number(
            (readFileSync(path.join(group, "memory.oom_control"), "utf8").match(
              /oom_kill (\d+)/,
            ) ?? [0, 0])[1],
          )
        : 0,
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const result = await exited;
      clearTimeout(timer);
      if (group) {
        try {
          rmdirSync(group);
        } catch {
          // still draining; the next run reuses the name
        }
      }
      return result;
    },
  };
}
