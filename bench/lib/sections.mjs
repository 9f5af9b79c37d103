// The benchmark's sections. Each returns plain data for the report: the grid pass, the
// confirmation rounds, and per workload the configurations our rules give.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { choosePresets } from "./choose.mjs";
import { measureConfig } from "./measure.mjs";
import { bestOf, confirmPass, gridPass, pair } from "./passes.mjs";
import {
  ASGI_WORKLOADS,
  BANDS,
  bandsOf,
  GRID_1,
  GRID_2,
  GRID_ASGI,
  namedRules,
  share,
  TWO_CORE_WORKLOADS,
  DEBIAN_WORKLOADS,
  WORKLOADS,
} from "./workloads.mjs";

export const PLANS = {
  B1: { sku: "B1", cores: 1, memoryMb: 1792 },
  B2: { sku: "B2", cores: 2, memoryMb: 3584 },
};

/**
 * The io-wait-ratio a user who knows the share would give: to the percent, to the tenth of a
 * percent above 99 % (600 ms and 3 ms is 0.995), at most what the input takes.
 */
export const exactRatio = (w) => {
  const percent = Math.round(share(w) * 100) / 100;
  return percent < 0.99 ? percent : Math.min(0.9999, Math.round(share(w) * 1000) / 1000);
};

export function cli(root, app, plan, flags) {
  const args = [path.join(root, "dist", "cli.js"), app, "--json", "--plan", plan.sku, ...flags];
  const json = JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" }));
  if (!json.command) throw new Error(`bench: no command for ${app}: ${JSON.stringify(json)}`);
  return json;
}

/** Our configurations for a workload: by each preset whose band holds it, the one a user would
 * pick, and with the exact share. */
const presetCache = new Map();
function oursFor(root, app, plan, w) {
  const shape = (json) => [json.workers, json.threads];
  // A preset's configuration depends on the app and plan only, not on the workload.
  const preset = (p) => {
    const k = `${app} ${plan.sku} ${p}`;
    if (!presetCache.has(k)) presetCache.set(k, shape(cli(root, app, plan, ["--io-profile", p])));
    return presetCache.get(k);
  };
  return {
    presets: Object.fromEntries(bandsOf(w).map((b) => [b.preset, preset(b.preset)])),
    pick: w.pick ? { preset: w.pick, config: preset(w.pick) } : undefined,
    exact: shape(cli(root, app, plan, ["--io-wait-ratio", String(exactRatio(w))])),
  };
}

/** Ours again from the CLI as it is now, for re-rendering a run after the rules changed. */
export function refreshOurs(root, apps, sections) {
  const apply = (section, app) => {
    if (!section) return;
    for (const w of section.workloads) section.ours[w.name] = oursFor(root, app, section.plan, w);
  };
  apply(sections.bands, apps.wsgi);
  apply(sections.asgi, apps.asgi);
  apply(sections.twoCore, apps.wsgi);
  apply(sections.debian, apps.wsgi);
}

/** What the passes call: one configuration, booted from our command, serving `served`. */
const measurer = (setup) => (served, workers, threads, keepAlive) =>
  measureConfig({ ...setup, workloads: served, workers, threads, keepAlive });

const oursList = (o) => [...Object.values(o.presets), ...(o.pick ? [o.pick.config] : []), o.exact];

function topOf(grid, n) {
  return Object.entries(grid)
    .sort((a, b) => b[1].rps - a[1].rps)
    .slice(0, n)
    .map(([k]) => pair(k));
}

/** One plan, one app, one grid: the shared body of the bands, ASGI and two-core sections. */
async function gridSection({
  ctx,
  app,
  plan,
  cpus,
  workloads,
  grid,
  named,
  top,
  earlierGrid,
  rounds = ctx.opt.rounds,
  extra = () => [],
}) {
  const base = cli(ctx.root, app, plan, ["--io-profile", "mixed"]).command;
  const ours = Object.fromEntries(workloads.map((w) => [w.name, oursFor(ctx.root, app, plan, w)]));
  const measure = measurer({ command: base, app, plan, cpus, opt: ctx.opt });
  const configsFor = (w) => [
    ...grid,
    ...named.map((n) => [n.workers, n.threads, n.keepAlive]),
    ...oursList(ours[w.name]),
  ];
  const gridResults = earlierGrid ?? (await gridPass({ workloads, configsFor, measure }));
  const confirm =
    rounds > 0
      ? await confirmPass({
          workloads,
          rounds,
          candidatesFor: (w) => [
            ...topOf(gridResults[w.name], top),
            ...oursList(ours[w.name]),
            ...extra(w),
          ],
          measure,
        })
      : undefined;
  return { plan, command: base, workloads, ours, grid: gridResults, confirm, named };
}

/**
 * The alternative exact-share rule the confirmation rounds also measure: two processes per vCPU
 * minus one (one per vCPU and a spare) with threads for twice the plan's in-flight need, as a
 * power of two up to 64; sync workers below 30 % waiting. Measured beside ours so the data, not
 * a guess, decides between them.
 */
export function altExact(w, cores) {
  const s = share(w);
  if (s < 0.3) return [2 * cores + 1, 1];
  const needed = Math.ceil(cores / (1 - s));
  return [cores + 1, Math.min(64, 2 ** Math.ceil(Math.log2(2 * needed)))];
}

/** Candidates for each preset: the grid pass's four best worst cases, and the preset now. */
function shortlists(choice, ours) {
  const now = Object.values(ours).flatMap((o) => Object.entries(o.presets));
  return Object.fromEntries(
    choice.map((c) => [
      c.preset,
      [
        ...c.ranked.slice(0, 4).map((r) => pair(r.config)),
        ...now.filter(([p]) => p === c.preset).map(([, config]) => config),
      ],
    ]),
  );
}

export async function bands(ctx) {
  const workloads = ctx.opt.workloads(WORKLOADS);
  const shared = {
    ctx,
    app: ctx.apps.wsgi,
    plan: PLANS.B1,
    cpus: { server: "0", load: "1" },
    workloads,
    grid: ctx.opt.smoke ? [[1, 1]] : GRID_1,
    named: ctx.opt.smoke ? [] : namedRules(1),
    top: 3,
    earlierGrid: ctx.earlier?.sections?.bands?.grid,
  };
  if (ctx.opt.smoke) return { ...(await gridSection(shared)), choice: [] };
  const first = await gridSection({ ...shared, rounds: 0 });
  const gridChoice = choosePresets(BANDS, workloads, first.grid);
  const lists = shortlists(gridChoice, first.ours);
  const result = await gridSection({
    ...shared,
    earlierGrid: first.grid,
    extra: (w) => [
      ...bandsOf(w).flatMap((b) => lists[b.preset] ?? []),
      altExact(w, 1),
      ...ctx.opt.candidates,
    ],
  });
  const confirmed = ctx.opt.rounds > 0 ? result.confirm : result.grid;
  const earlier = ctx.earlier?.sections?.bands;
  return {
    ...result,
    // A reused grid keeps the counting of the run that measured it.
    ...(earlier?.grid && {
      gridFrom: { measuredAt: earlier.measuredAt, counting: earlier.counting },
    }),
    gridChoice,
    choice: choosePresets(BANDS, workloads, confirmed),
    alt: Object.fromEntries(workloads.map((w) => [w.name, altExact(w, 1)])),
  };
}

export async function asgi(ctx) {
  return gridSection({
    ctx,
    app: ctx.apps.asgi,
    plan: PLANS.B1,
    cpus: { server: "0", load: "1" },
    workloads: ctx.opt.smoke ? ASGI_WORKLOADS.slice(2, 3) : ASGI_WORKLOADS,
    grid: ctx.opt.smoke ? [[1, 1]] : GRID_ASGI,
    named: [],
    top: 2,
  });
}

export async function twoCore(ctx) {
  return gridSection({
    ctx,
    app: ctx.apps.wsgi,
    plan: PLANS.B2,
    cpus: { server: "0-1", load: "0-1" },
    workloads: WORKLOADS.filter((w) => TWO_CORE_WORKLOADS.includes(w.name)),
    grid: GRID_2,
    named: namedRules(2),
    top: 3,
    extra: (w) => [altExact(w, 2), ...ctx.opt.twoCoreCandidates],
  });
}

/**
 * Debian's gunicorn 20.1, one pass: the platform default, ours (the preset a user would pick
 * and the exact share) and the configuration best on the current gunicorn, each measured once;
 * "best" here is the best of those.
 */
export async function debian(ctx, current) {
  const workloads = WORKLOADS.filter((w) => DEBIAN_WORKLOADS.includes(w.name));
  const plan = PLANS.B1;
  const app = ctx.apps.wsgi;
  const base = cli(ctx.root, app, plan, ["--io-profile", "mixed"]).command;
  const ours = Object.fromEntries(workloads.map((w) => [w.name, oursFor(ctx.root, app, plan, w)]));
  const opt = { ...ctx.opt, bin: "/usr/bin/gunicorn" };
  const cpus = { server: "0", load: "1" };
  const bestNow = (w) => {
    const byConfig = current?.confirm?.[w.name] ?? current?.grid?.[w.name];
    return byConfig ? [pair(bestOf(byConfig)[0])] : [];
  };
  // The configuration this run chose for the preset a user would pick: the preset in the code
  // may be set to it after the run, and the report then still has it measured here.
  const chosen = (w) => {
    const top = current?.choice?.find((c) => c.preset === w.pick)?.ranked[0];
    return top ? [pair(top.config)] : [];
  };
  const confirm = await confirmPass({
    workloads,
    rounds: 1,
    candidatesFor: (w) => [
      [1, 1],
      ...bestNow(w),
      ...chosen(w),
      ours[w.name].pick.config,
      ours[w.name].exact,
    ],
    measure: measurer({ command: base, app, plan, cpus, opt }),
  });
  return { plan, command: base, workloads, ours, confirm, named: [] };
}
