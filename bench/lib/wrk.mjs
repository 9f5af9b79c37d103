// A fixed number of concurrent clients from wrk (Debian), pinned away from the server's cores.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const STEADY = path.join(path.dirname(fileURLToPath(import.meta.url)), "steady.lua");

function toMs(value) {
  const m = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!m) return NaN;
  const n = Number(m[1]);
  return { us: n / 1000, ms: n, s: n * 1000, m: n * 60_000 }[m[2]];
}

export function parseWrk(text) {
  const rps = Number((text.match(/Requests\/sec:\s+([\d.]+)/) ?? [])[1]);
  const pct = (p) => toMs((text.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m")) ?? [])[1] ?? "");
  const sock = text.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non2xx = Number((text.match(/Non-2xx or 3xx responses: (\d+)/) ?? [0, 0])[1]);
  const errors = non2xx + (sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0);
  const requests = Number((text.match(/(\d+) requests in/) ?? [0, 0])[1]);
  const mean = toMs((text.match(/^\s+Latency\s+(\S+)/m) ?? [])[1] ?? "");
  const counted = Number((text.match(/^Counted after skip: (\d+)/m) ?? [])[1]);
  return { rps, p50: pct(50), p99: pct(99), mean, errors, requests, counted };
}

/**
 * Runs wrk pinned to `cpus`. The shell around it prints its own /proc stat after wrk exits:
 * its children's CPU (cutime + cstime) is wrk's, so the load generator's share is measured.
 * rps counts only the responses after the first `skip` seconds (see runPlan in measure.mjs);
 * wrk's own figure over the whole run is kept as wholeRunRps.
 */
export async function load({ url, connections, seconds, cpus, skip = 0 }) {
  const wrk = `taskset -c ${cpus} wrk -t1 -c${connections} -d${seconds}s --latency --timeout 120s -s '${STEADY}' '${url}' -- ${skip}`;
  const { stdout } = await run("sh", ["-c", `${wrk}; cat /proc/$$/stat`], {
    maxBuffer: 1 << 20,
    timeout: (seconds + 150) * 1000,
  });
  const stat = stdout.trimEnd().split("\n").at(-1);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const loadCpuSeconds = (Number(fields[13]) + Number(fields[14])) / 100;
  const parsed = parseWrk(stdout);
  const rps = parsed.counted / (seconds - skip);
  return { ...parsed, rps, wholeRunRps: parsed.rps, loadCpuSeconds, seconds, skip };
}
