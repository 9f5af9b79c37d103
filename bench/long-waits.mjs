// npm run bench:long: apps that wait seconds per request (a language model, a slow API) or
// stream an answer for seconds, on an emulated 1-vCPU plan with hundreds of users. Measures
// threads per worker beyond 64, more workers, and gevent (Debian's gunicorn 20.1 with
// python3-gevent: the wheel index has no gevent), with ours as the CLI sizes each workload from
// its exact share, in interleaved rounds, each configuration booted fresh for each workload.
// Writes docs/benchmarks-long.{md,json}.
//   node bench/long-waits.mjs [--rounds 2] [--workloads a,b] [--configs 1x256,g2] [--out docs]
//                             [--grid docs/benchmarks-long-grid.json --top 3]  (confirm: each
//                             workload's best of an earlier pass, ours, and --configs)
//                             [--render docs/benchmarks-long.json]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureConfig, variant } from "./lib/measure.mjs";
import { cli, PLANS } from "./lib/sections.mjs";
import { cores, ensurePrereqs } from "./lib/prereqs.mjs";
import { renderLong } from "./lib/long-report.mjs";
import { LONG_CONFIGS, LONG_WORKLOADS, exactShare, parseConfig } from "./lib/long-workloads.mjs";
import { median } from "./lib/stats.mjs";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BINS = {
  current: path.join(ROOT, ".tmp", "venv", "bin", "gunicorn"),
  debian: "/usr/bin/gunicorn",
};
const APP = path.join(ROOT, "bench", "app");
const PLAN = PLANS.B1;

function options() {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "2" },
      workloads: { type: "string" },
      configs: { type: "string" },
      out: { type: "string", default: path.join(ROOT, "docs") },
      render: { type: "string" },
      grid: { type: "string" },
      top: { type: "string", default: "3" },
    },
  });
  const names = values.workloads?.split(",");
  return {
    rounds: Number(values.rounds),
    workloads: names ? LONG_WORKLOADS.filter((w) => names.includes(w.name)) : LONG_WORKLOADS,
    configs: values.configs?.split(",") ?? (values.grid ? [] : LONG_CONFIGS),
    grid: values.grid ? JSON.parse(readFileSync(values.grid, "utf8")) : undefined,
    top: Number(values.top),
    out: path.resolve(values.out),
    render: values.render,
  };
}

/** What the CLI recommends for a workload's exact share, as a configuration key. */
export function oursFor(w) {
  const json = cli(ROOT, APP, PLAN, ["--io-wait-ratio", String(exactShare(w))]);
  return `${json.workers}x${json.threads}`;
}

/** The gunicorn command line for a configuration key: "2x256" gthread as we emit it, "g2" gevent. */
function builder(base, config) {
  const c = parseConfig(config);
  if (c.kind === "gthread") return (port) => variant(base, c.workers, c.threads, port);
  return (port) =>
    variant(base, c.workers, 1, port).replace(
      "--worker-class sync",
      `--worker-class gevent --worker-connections ${c.connections}`,
    );
}

async function measureOne(base, config, workload) {
  const c = parseConfig(config);
  const opt = {
    rounds: 1,
    runs: 1,
    warmup: 0,
    duration: 0,
    connections: workload.users,
    bin: BINS[c.bin],
  };
  const results = await measureConfig({
    command: base,
    app: APP,
    workloads: [workload],
    plan: PLAN,
    cpus: { server: "0", load: "1" },
    opt,
    workers: c.workers,
    threads: c.threads,
    build: builder(base, config),
    label: config,
  });
  return results[workload.name];
}

async function measureAll(opt) {
  ensurePrereqs();
  if (!existsSync(BINS.current))
    throw new Error(`bench: ${BINS.current} is missing; run npm test once`);
  if (cores() < 2) throw new Error("bench: needs 2 cores: one for gunicorn, one for wrk");
  const base = cli(ROOT, APP, PLAN, []).command;
  const ours = Object.fromEntries(opt.workloads.map((w) => [w.name, oursFor(w)]));
  const best = (w) =>
    Object.entries(opt.grid?.results[w.name] ?? {})
      .sort((a, b) => b[1].rps - a[1].rps)
      .slice(0, opt.top)
      .map(([k]) => k);
  // Which workloads each configuration serves, in first-seen order.
  const plan = new Map();
  for (const w of opt.workloads) {
    for (const k of new Set([...opt.configs, ...best(w), ours[w.name]])) {
      plan.set(k, [...(plan.get(k) ?? []), w]);
    }
  }
  const configs = [...plan.keys()];
  const runs = Object.fromEntries(opt.workloads.map((w) => [w.name, {}]));
  for (let r = 0; r < opt.rounds; r++) {
    for (let j = 0; j < configs.length; j++) {
      const config = configs[(j + r) % configs.length];
      for (const w of plan.get(config)) {
        const result = await measureOne(base, config, w);
        (runs[w.name][config] ??= []).push(result);
        process.stderr.write(
          `bench:long round ${r + 1} ${w.name} ${config}: ${result.rps.toFixed(1)} rps, p99 ${Math.round(result.p99)} ms\n`,
        );
      }
    }
    // A long run keeps what it has measured, round by round.
    writeFileSync(path.join(opt.out, "benchmarks-long.partial.json"), JSON.stringify(runs));
  }
  const summary = (rs) => ({
    rps: median(rs.map((x) => x.rps)),
    p50: median(rs.map((x) => x.p50)),
    p99: median(rs.map((x) => x.p99)),
    errors: rs.reduce((a, x) => a + x.errors, 0),
    peakMb: Math.max(...rs.map((x) => x.peakMb ?? x.rssMb ?? 0)),
    oomKills: rs.reduce((a, x) => a + (x.oomKills ?? 0), 0),
    rounds: rs.map((x) => x.rps),
  });
  const version = (bin) => execFileSync(bin, ["--version"], { encoding: "utf8" }).trim();
  return {
    date: new Date().toISOString(),
    versions: { current: version(BINS.current), debian: version(BINS.debian) },
    plan: PLAN,
    command: base,
    workloads: opt.workloads,
    ours,
    ...(opt.grid && { grid: { measuredAt: opt.grid.date, results: opt.grid.results } }),
    results: Object.fromEntries(
      Object.entries(runs).map(([w, byConfig]) => [
        w,
        Object.fromEntries(Object.entries(byConfig).map(([k, rs]) => [k, summary(rs)])),
      ]),
    ),
  };
}

async function main() {
  const opt = options();
  const report = opt.render ? JSON.parse(readFileSync(opt.render, "utf8")) : await measureAll(opt);
  // Re-rendering takes ours from the CLI as it is now; unmeasured configurations show as "–".
  if (opt.render)
    report.ours = Object.fromEntries(report.workloads.map((w) => [w.name, oursFor(w)]));
  writeFileSync(path.join(opt.out, "benchmarks-long.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(path.join(opt.out, "benchmarks-long.md"), renderLong(report));
  process.stdout.write(renderLong(report));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
