// npm run bench: how good are the recommendations under real gunicorn? On an emulated 1-vCPU
// plan, for workloads spread across each io-profile preset's band of wait shares, measures a
// grid of workers × threads, the platforms' rules and ours (by preset and with the exact share),
// then confirms the contenders in interleaved rounds; then FastAPI on uvicorn workers, a 2-vCPU
// plan, and one pass on Debian's gunicorn 20.1. Writes docs/benchmarks.{md,json} and one chart
// per band (docs/benchmarks-<preset>.svg).
//   node bench/run.mjs [--smoke] [--sections bands,asgi,two-core,debian] [--workloads a,b]
//                      [--duration 3] [--warmup 1] [--runs 1] [--rounds 3] [--connections 64]
//                      [--reuse docs/benchmarks.json]  (take the bands grid pass from a run)
//                      [--candidates 1x32,2x64,4x32k]  (more contenders in the confirmation rounds;
//                      k: gunicorn's default connections, no per-worker cap)
//                      [--two-core-candidates 7x1]  (the same for the 2-vCPU section)
//                      [--render docs/benchmarks.json]  (re-render a run with ours as it is now)
//                      [--out docs]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { renderBandSvg } from "./lib/chart.mjs";
import { choosePresets } from "./lib/choose.mjs";
import { measureColdStart } from "./lib/cold-start.mjs";
import { CYCLES, SKIP_LOADED, WINDOW_LOADED } from "./lib/measure.mjs";
import { cores, ensurePrereqs } from "./lib/prereqs.mjs";
import { pair } from "./lib/passes.mjs";
import { renderMarkdown } from "./lib/report.mjs";
import { asgi, bands, debian, refreshOurs, twoCore } from "./lib/sections.mjs";
import { BANDS, SMOKE_WORKLOADS } from "./lib/workloads.mjs";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CURRENT = path.join(ROOT, ".tmp", "venv", "bin", "gunicorn");
const DEBIAN = "/usr/bin/gunicorn";

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      sections: { type: "string" },
      workloads: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      runs: { type: "string", default: "1" },
      rounds: { type: "string" },
      connections: { type: "string" },
      reuse: { type: "string" },
      render: { type: "string" },
      candidates: { type: "string" },
      "two-core-candidates": { type: "string" },
      out: { type: "string", default: path.join(ROOT, "docs") },
    },
  });
  const smoke = values.smoke;
  const names = values.workloads?.split(",") ?? (smoke ? SMOKE_WORKLOADS : undefined);
  return {
    smoke,
    sections: (values.sections ?? (smoke ? "bands,asgi" : "bands,asgi,two-core,debian")).split(","),
    workloads: (all) => (names ? all.filter((w) => names.includes(w.name)) : all),
    workloadNames: names,
    duration: Number(values.duration ?? (smoke ? 1 : 3)),
    warmup: Number(values.warmup ?? (smoke ? 0 : 1)),
    runs: Number(values.runs),
    rounds: Number(values.rounds ?? (smoke ? 0 : 3)),
    connections: Number(values.connections ?? (smoke ? 8 : 64)),
    reuse: values.reuse,
    render: values.render,
    // More configurations for every workload's confirmation rounds, e.g. 1x32,1x64.
    candidates: (values.candidates?.split(",") ?? []).map(pair),
    // The same for the 2-vCPU section, e.g. what an earlier version emitted there.
    twoCoreCandidates: (values["two-core-candidates"]?.split(",") ?? []).map(pair),
    out: path.resolve(values.out),
    bin: CURRENT,
  };
}

const version = (bin) =>
  `${execFileSync(bin, ["--version"], { encoding: "utf8" }).trim()} (${bin === DEBIAN ? "Debian" : "pip, .tmp/venv"})`;

const APPS = { wsgi: path.join(ROOT, "bench", "app"), asgi: path.join(ROOT, "bench", "app-asgi") };

async function measureAll(opt) {
  ensurePrereqs();
  if (!existsSync(CURRENT))
    throw new Error(
      `bench: ${CURRENT} is missing; run scripts/ensure-test-deps.sh (npm test does)`,
    );
  if (cores() < 2) throw new Error("bench: needs 2 cores: one for gunicorn, one for wrk");
  const ctx = {
    root: ROOT,
    opt,
    apps: APPS,
    earlier: opt.reuse ? JSON.parse(readFileSync(opt.reuse, "utf8")) : undefined,
  };
  // Sections not measured this time are carried over from the --reuse run.
  const sections = { ...ctx.earlier?.sections };
  const counting = { cycles: CYCLES, skipLoaded: SKIP_LOADED, windowLoaded: WINDOW_LOADED };
  const stamp = (section) => ({ ...section, counting, measuredAt: new Date().toISOString() });
  if (opt.sections.includes("bands")) sections.bands = stamp(await bands(ctx));
  if (opt.sections.includes("asgi")) sections.asgi = stamp(await asgi(ctx));
  if (opt.sections.includes("two-core")) sections.twoCore = stamp(await twoCore(ctx));
  if (opt.sections.includes("debian")) sections.debian = stamp(await debian(ctx, sections.bands));
  const measured = (n) => opt.sections.includes(n === "twoCore" ? "two-core" : n);
  const carriedOver = Object.keys(ctx.earlier?.sections ?? {}).filter((n) => !measured(n));
  return {
    date: new Date().toISOString(),
    versions: { current: version(CURRENT), debian: version(DEBIAN) },
    machine: { cores: cores() },
    options: { ...opt, workloads: opt.workloadNames },
    sections,
    carriedOver,
    coldStart: measureColdStart({ root: ROOT, runs: opt.smoke ? 3 : 21, eager: !opt.smoke }),
  };
}

/**
 * --render: the measurements of an earlier run, with ours taken again from the CLI as it is
 * now and the presets' ranking redone. Only for rules whose configurations that run measured: a
 * missing one shows as "–".
 */
function rerender(file) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  refreshOurs(ROOT, APPS, report.sections);
  const bands = report.sections.bands;
  // The choice is the data's, under the ranking as it is now.
  if (bands?.confirm) bands.choice = choosePresets(BANDS, bands.workloads, bands.confirm);
  return { ...report, renderedAt: new Date().toISOString() };
}

async function main() {
  const opt = options();
  const report = opt.render ? rerender(opt.render) : await measureAll(opt);
  const { sections } = report;
  mkdirSync(opt.out, { recursive: true });
  writeFileSync(path.join(opt.out, "benchmarks.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(path.join(opt.out, "benchmarks.md"), renderMarkdown(report));
  if (sections.bands && !opt.smoke) {
    for (const band of BANDS)
      writeFileSync(
        path.join(opt.out, `benchmarks-${band.preset}.svg`),
        renderBandSvg(sections.bands, band),
      );
  }
  for (const c of sections.bands?.choice ?? [])
    process.stdout.write(
      `${c.preset}: best worst case ${c.ranked[0]?.config} at ${c.ranked[0]?.worst.toFixed(2)}\n`,
    );
  for (const [name, s] of Object.entries(sections)) {
    for (const w of s.workloads) {
      const byConfig = s.confirm?.[w.name] ?? s.grid[w.name];
      const best = Object.entries(byConfig).reduce((a, b) => (b[1].rps > a[1].rps ? b : a));
      const k = s.ours[w.name].exact.join("x");
      const exact = byConfig[k] ?? s.grid?.[w.name]?.[k];
      process.stdout.write(
        `${name} ${w.name}: exact ${s.ours[w.name].exact.join("×")} ${exact ? (exact.rps / best[1].rps).toFixed(2) : "unmeasured"} of best ${best[0]}\n`,
      );
    }
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
