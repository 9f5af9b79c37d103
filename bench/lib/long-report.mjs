// docs/benchmarks-long.md from bench/long-waits.mjs's measurements.

import { bestOf as best } from "./passes.mjs";

const fmt = (x, d = 1) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(d));

function workloadTable(report, w) {
  const byConfig = report.results[w.name] ?? {};
  const [bestKey, top] = best(byConfig);
  const ours = report.ours[w.name];
  const rows = Object.entries(byConfig)
    .sort((a, b) => b[1].rps - a[1].rps)
    .map(([k, r]) => {
      const mark = [k === ours ? "ours" : "", k === bestKey ? "best" : ""]
        .filter(Boolean)
        .join(", ");
      return `| ${k}${mark ? ` (${mark})` : ""} | ${fmt(r.rps)} | ${fmt(r.rps / top.rps, 2)} | ${fmt(r.p50 / 1000, 2)} | ${fmt(r.p99 / 1000, 2)} | ${fmt(r.p99 / top.p99, 2)} | ${r.errors} | ${r.peakMb} |`;
    });
  const oursRow = byConfig[ours];
  // gevent needs the app to list it and its libraries to be patchable: a threads-only best too.
  const threaded = Object.entries(byConfig).filter(([k]) => !k.startsWith("g"));
  const [, topThreads] = threaded.length ? best(Object.fromEntries(threaded)) : [bestKey, top];
  const verdict = oursRow
    ? `Ours (${ours}): ${fmt(oursRow.rps / top.rps, 2)} of the best, p99 ${fmt(oursRow.p99 / top.p99, 2)}× the best's; ${fmt(oursRow.rps / topThreads.rps, 2)} of the best without gevent, p99 ${fmt(oursRow.p99 / topThreads.p99, 2)}×.`
    : `Ours (${ours}) was not measured in this run.`;
  const grid = report.grid?.results[w.name];
  const gridLine = grid
    ? `Grid pass (every configuration once): ${Object.entries(grid)
        .sort((a, b) => b[1].rps - a[1].rps)
        .map(([k, r]) => `${k} ${fmt(r.rps)}`)
        .join(", ")} rps.`
    : "";
  return [
    `### ${w.name}`,
    "",
    `${w.users} users, ${w.waitMs / 1000} s mean wait (±50 %), ${w.cpuMs} ms CPU${w.endpoint === "stream" ? ", streamed as 50 chunks" : ""}. ${verdict}`,
    "",
    ...(gridLine ? [gridLine, ""] : []),
    "| configuration | rps | share of best | p50 s | p99 s | p99 × best's | errors | peak MB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

export function renderLong(report) {
  return [
    "# Long waits and streaming: measurements",
    "",
    `Measured ${report.date} by \`npm run bench:long\` on an emulated B1 plan (1 vCPU, ${report.plan.memoryMb} MB cgroup), the load generator (wrk) on the other core. ${report.versions.current} from pip for \`WxT\` (gthread as gunicorn-tuner emits it); ${report.versions.debian} (Debian) with gevent for \`gN\` (N workers, 1,000 connections each) and for \`dWxT\`. Each configuration boots fresh for each workload; rounds are interleaved; figures are medians. Responses count after 1.5 loaded times from each run's start.`,
    "",
    ...report.workloads.map((w) => workloadTable(report, w)),
  ].join("\n");
}
