// The two passes every section makes. A configuration boots once per pass or round and serves
// every workload that needs it in turn. The grid pass measures each configuration once; this
// machine drifts by ~10 % over minutes, too much to rank near-equal configurations from one
// pass. So the confirmation pass measures the few that matter again in interleaved rounds
// (A B C, then B C A, ...), where drift hits all alike, and the headline numbers come from it.
import { median } from "./stats.mjs";

// "4x32" is a configuration as we emit it; "4x32k" the same with gunicorn's default connections
// (keep-alive on, no per-worker cap), as commands were before the cap.
export const key = ([w, t, keepAlive]) => `${w}x${t}${keepAlive ? "k" : ""}`;
export function pair(k) {
  const [, w, t, k2] = /^(\d+)x(\d+)(k?)$/.exec(k) ?? [];
  if (w === undefined) throw new Error(`bench: bad configuration ${k}`);
  return k2 ? [Number(w), Number(t), true] : [Number(w), Number(t)];
}

/** Which workloads each configuration serves: { [config]: workload[] }, in first-seen order. */
function plan(workloads, configsFor) {
  const byConfig = new Map();
  for (const w of workloads) {
    for (const k of new Set(configsFor(w).map(key))) {
      byConfig.set(k, [...(byConfig.get(k) ?? []), w]);
    }
  }
  return byConfig;
}

/** { [workload]: { [config]: result } } */
export async function gridPass({ workloads, configsFor, measure }) {
  const out = Object.fromEntries(workloads.map((w) => [w.name, {}]));
  for (const [k, served] of plan(workloads, configsFor)) {
    const results = await measure(served, ...pair(k));
    for (const w of served) out[w.name][k] = results[w.name];
  }
  return out;
}

/** The same shape as the grid pass, from `rounds` interleaved runs per configuration. */
export async function confirmPass({ workloads, candidatesFor, measure, rounds }) {
  const byConfig = [...plan(workloads, candidatesFor)];
  const runs = Object.fromEntries(workloads.map((w) => [w.name, {}]));
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < byConfig.length; j++) {
      const [k, served] = byConfig[(j + r) % byConfig.length];
      const results = await measure(served, ...pair(k));
      for (const w of served) (runs[w.name][k] ??= []).push(results[w.name]);
    }
  }
  return Object.fromEntries(
    workloads.map((w) => [
      w.name,
      Object.fromEntries(Object.entries(runs[w.name]).map(([k, rs]) => [k, summarize(rs)])),
    ]),
  );
}

function summarize(runs) {
  const m = (f) => median(runs.map(f));
  return {
    ...runs[0],
    rps: m((r) => r.rps),
    wholeRunRps: m((r) => r.wholeRunRps),
    p50: m((r) => r.p50),
    p99: m((r) => r.p99),
    loadCpuShare: m((r) => r.loadCpuShare),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
    oomKills: runs.reduce((a, r) => a + r.oomKills, 0),
    rounds: runs.map((r) => r.rps),
  };
}

/** The best configuration measured for one workload: highest throughput. */
export function bestOf(byConfig) {
  return Object.entries(byConfig).reduce((a, b) => (b[1].rps > a[1].rps ? b : a));
}

/** A configuration's throughput and p99 as shares of the best's, or undefined if unmeasured. */
export function versusBest(byConfig, k) {
  const c = byConfig?.[k];
  if (!c) return undefined;
  const [, best] = bestOf(byConfig);
  return { ratio: c.rps / best.rps, p99: c.p99 / best.p99 };
}
