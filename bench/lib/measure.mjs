// Measures one configuration on one workload: a fresh gunicorn pinned to the plan's cores in a
// memory cgroup, a warm-up, then wrk runs with the backlog drained before each.
import { createServer } from "node:net";
import { workerConnectionsFor } from "../../src/core/sizing/accept-spread.ts";
import { startServer } from "./server.mjs";
import { median } from "./stats.mjs";
import { load } from "./wrk.mjs";

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Waits until the server has answered everything queued: connections a finished wrk run closed
 * are still in gunicorn's accept backlog, and a slow configuration would spend the next run
 * serving those dead clients. A probe queues behind them and returns once they are gone.
 */
async function drain(port) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        signal: AbortSignal.timeout(600_000),
      });
      // An unread body keeps the exchange open, and a sync worker stalls on it.
      await res.arrayBuffer();
      return;
    } catch (error) {
      // A full accept backlog can reset the probe; the server is still draining.
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * wrk counts the requests that finished inside its run, and all its clients start together.
 *
 * Long requests finish in waves: a 3 s run of 600 ms requests counted 4 or 5 waves by chance
 * (the same configuration read 26.6 and 52.3 rps in two runs, against 57.4 and 62.9 over 12 s),
 * so a run lasts at least `CYCLES` unqueued requests.
 *
 * Queued requests do too. With every client being served, a request takes the `loaded` time: its
 * wait and CPU, or, where the cores are the limit, every client's CPU in turn. A configuration
 * that admits every client computes their bursts side by side, none finishes for about that long,
 * and then they finish together; one that queues the rest finishes a request per burst from the
 * start. 170 ms wait + 30 ms CPU (loaded 1.9 s), 2026-11-26: whole 4 s runs read 4 × 64 at
 * 15–18 rps and 3 × 4 at 27–29; counting only after the first 3 s of 8 s runs, 29–32 and 31–32.
 * So only responses after `SKIP_LOADED` loaded times count, over at least `WINDOW_LOADED` more.
 */
export const CYCLES = 20;
export const SKIP_LOADED = 1.5;
export const WINDOW_LOADED = 4;

/** A run's length and the seconds at its start whose responses are not counted. */
export function runPlan(workload, opt, cores) {
  if (opt.smoke) return { seconds: opt.duration, skip: 0 };
  const cycle = (workload.waitMs + workload.cpuMs) / 1000;
  const users = workload.users ?? opt.connections;
  const loaded = Math.max(cycle, (users * workload.cpuMs) / 1000 / cores);
  if (workload.users) return longRunPlan(loaded);
  const skip = Math.round(SKIP_LOADED * loaded * 100) / 100;
  const seconds = Math.max(
    opt.duration,
    Math.ceil(CYCLES * cycle),
    Math.ceil(skip + WINDOW_LOADED * loaded),
  );
  return { seconds, skip };
}

/**
 * Waits of seconds: each configuration serves each workload from a fresh boot (draining 1,024
 * abandoned 15 s requests through 64 threads would take minutes), and the waits are jittered, so
 * after the start's wave the responses spread out; a window of two loaded times, at least 10 s.
 */
function longRunPlan(loaded) {
  const skip = Math.round(1.5 * loaded * 100) / 100;
  return { seconds: Math.ceil(skip + Math.max(10, 2 * loaded)), skip };
}

/**
 * Our emitted command with other numbers: every other flag stays as we emit it, and the
 * connection cap follows our rule for these numbers. `keepAlive` measures gunicorn's default
 * connections instead (no cap, keep-alive on), as commands were before the cap.
 */
export function variant(command, workers, threads, port, keepAlive = false) {
  const base = command
    .replace(/ --threads \d+/, "")
    .replace(/ --worker-class (sync|gthread)/, "")
    .replace(/ --worker-connections \d+ --keep-alive 0/, "")
    .replace(/--workers \d+/, `--workers ${workers}`)
    .replace(/--bind=0\.0\.0\.0:\d+/, `--bind=127.0.0.1:${port}`);
  if (/--worker-class /.test(base)) return base; // an event-loop worker: no threads
  const kind = threads > 1 ? "gthread" : "sync";
  const cap = keepAlive ? undefined : workerConnectionsFor(workers, threads, kind);
  const spread = cap ? ` --worker-connections ${cap} --keep-alive 0` : "";
  return base.replace(/(--workers \d+)/, `$1 --threads ${threads} --worker-class ${kind}${spread}`);
}

/**
 * One configuration, booted once, serving several workloads in turn (the workload is in the
 * query string, so one server serves them all): `warmup` s on the first, then per workload
 * `runs` runs (see runPlan), each after the backlog is drained. rps (responses counted after the
 * run's start, per second), p50 and p99 (of every response) are the runs' medians; loadCpuShare
 * is wrk's CPU over its wall time, as a share of one core.
 */
export async function measureConfig({
  command,
  app,
  workloads,
  plan,
  cpus,
  opt,
  workers,
  threads,
  keepAlive = false,
  build = (port) => variant(command, workers, threads, port, keepAlive),
  label = `${workers}×${threads}${keepAlive ? "k" : ""}`,
}) {
  const port = await freePort();
  const server = await startServer({
    command: build(port),
    cwd: app,
    port,
    cpus: cpus.server,
    memoryMb: plan.memoryMb,
    label,
    bin: opt.bin,
  });
  const results = {};
  try {
    for (const [i, workload] of workloads.entries()) {
      const path = workload.endpoint ?? "work";
      const extra = workload.query ? `&${workload.query}` : "";
      const url = `http://127.0.0.1:${port}/${path}?wait_ms=${workload.waitMs}&cpu_ms=${workload.cpuMs}${extra}`;
      const conn = { url, connections: workload.users ?? opt.connections, cpus: cpus.load };
      // gthread starts its threads lazily and Python warms its caches: once per server is enough.
      if (i === 0 && opt.warmup > 0) await load({ ...conn, seconds: opt.warmup });
      const runs = [];
      for (let i = 0; i < opt.runs; i++) {
        await drain(port);
        runs.push(await load({ ...conn, ...runPlan(workload, opt, plan.cores) }));
      }
      results[workload.name] = {
        workers,
        threads,
        rps: median(runs.map((r) => r.rps)),
        wholeRunRps: median(runs.map((r) => r.wholeRunRps)),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        mean: median(runs.map((r) => r.mean)),
        errors: runs.reduce((a, r) => a + r.errors, 0),
        loadCpuShare: median(runs.map((r) => r.loadCpuSeconds / r.seconds)),
        rssMb: server.rssMb(),
      };
      process.stderr.write(
        `bench: ${workload.name} ${label}: ${results[workload.name].rps.toFixed(1)} rps\n`,
      );
    }
    const peakMb = server.peakMb() ?? Math.max(...Object.values(results).map((r) => r.rssMb));
    for (const r of Object.values(results))
      Object.assign(r, { peakMb, oomKills: server.oomKills() });
    return results;
  } finally {
    await server.stop();
  }
}
