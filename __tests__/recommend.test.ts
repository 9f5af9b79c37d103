// The recommender: the theory's consequences, the measured cases, and bounds for any input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCommand, parseCommand } from "../src/core/command/command.js";
import {
  FRONT_END_TIMEOUT_S,
  MASTER_MEMORY_MB,
  MAX_THREADS,
  MEMORY_HEADROOM,
  recommend,
  type RecommendInput,
} from "../src/core/sizing/recommend.js";
import { SMALL_DATABASE_CONNECTIONS } from "../src/core/sizing/connection-budget.js";
import { PRESETS, type IoProfile } from "../src/core/sizing/presets.js";

const base: RecommendInput = {
  cores: 1,
  memoryMb: 1792,
  sharedCpu: false,
  appsOnPlan: 1,
  ioWaitRatio: 0.5,
  ioSource: "test",
  workerMemoryMb: 150,
  timeout: undefined,
  module: "app:app",
  chdir: undefined,
  port: 8000,
};
const rec = (over: Partial<RecommendInput>) => recommend({ ...base, ...over });

describe("recommend", () => {
  it("keeps CPU-bound work on sync workers, one process per core plus one", () => {
    for (const cores of [1, 2, 4, 8]) {
      const r = rec({ cores, memoryMb: 32768, ioWaitRatio: 0 });
      expect(r.config).toMatchObject({ workers: cores + 1, threads: 1, workerClass: "sync" });
      expect(r.reasons.threads).toMatch(/GIL/);
    }
  });

  it("uses sync workers while processes alone carry the requests in flight", () => {
    // Measured on one core at 50% waiting: 3-5 sync workers 47-48 rps, threaded configs 32-44.
    expect(rec({ ioWaitRatio: 0.5 }).config).toMatchObject({
      workers: 4,
      threads: 1,
      workerClass: "sync",
    });
    expect(rec({ ioWaitRatio: 0.5 }).reasons.threads).toMatch(
      /workers alone hold the 2 requests in flight .*, with room for twice the waiting ones/,
    );
    expect(rec({ ioWaitRatio: 0.6 }).config).toMatchObject({ workers: 5, threads: 1 });
  });

  it("prefers threads where processes cannot hold twice the waiting requests", () => {
    // At 83 % waiting 6 sync workers hold the 6 in flight but no burst: 0.88 of the best
    // against real gunicorn (docs/measure-truth.md); threads give them the headroom.
    expect(rec({ ioWaitRatio: 0.83 }).config).toMatchObject({
      workers: 6,
      threads: 2,
      workerClass: "gthread",
    });
    expect(rec({ ioWaitRatio: 0.8 }).config).toMatchObject({ workers: 6, threads: 2 });
  });

  it("holds the measured peak's requests in flight with room for bursts, or says it cannot", () => {
    // 99.8 % waiting: the share alone wants 434; 480 in flight at the peak want 480 + 3√480 = 546,
    // still no more than the cores can serve (500 + 3√500 = 568).
    const r = rec({ ioWaitRatio: 0.998, peakInFlight: 480 });
    expect(r.config).toMatchObject({ workers: 6, threads: 91 });
    expect(r.reasons.threads).toMatch(/enough for the measured peak's 480 in flight/);
    // 300 in flight at 95 % waiting is 15 cores of CPU: more threads would only contend.
    const over = rec({ ioWaitRatio: 0.95, peakInFlight: 300 });
    expect(over.config).toMatchObject({ workers: 6, threads: 7 });
    expect(over.findings).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /^At the measured peak about 300 requests are in flight on each instance, 352 with room/,
        ),
      }),
    );
    const small = rec({ ioWaitRatio: 0.95, peakInFlight: 3000, peakInstances: 2, memoryMb: 1792 });
    expect(small.findings).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /^At the measured peak about 3000 requests are in flight on each instance, 3165 with room for their bursts, and this command holds \d+\. To hold them: \d+ instances instead of the 2 that served the peak, or gevent workers/,
        ),
      }),
    );
  });

  it("gives the gthread workers threads for about twice the plan's in-flight need", () => {
    // 10 in flight at 90% waiting: 6 × 4 = 24; 40 on 4 vCPU: 20 × 4 = 80.
    expect(rec({ ioWaitRatio: 0.9 }).config).toMatchObject({
      workers: 6,
      threads: 4,
      workerClass: "gthread",
    });
    expect(rec({ cores: 4, memoryMb: 16384, ioWaitRatio: 0.9 }).config).toMatchObject({
      workers: 20,
      threads: 4,
    });
    // Measured (docs/benchmarks.md), 1 vCPU, 85% waiting with 30 ms bursts: 6 × 3 held 0.97 of the
    // best where 6 × 7 (threads for the need in every worker) held 0.84.
    expect(rec({ ioWaitRatio: 0.85 }).config).toMatchObject({ workers: 6, threads: 3 });
    expect(rec({ ioWaitRatio: 0.95 }).config).toMatchObject({ workers: 6, threads: 7 });
    expect(rec({ ioWaitRatio: 0.95 }).reasons.threads).toContain(
      "6 × 7 = 42, enough for 2× the need",
    );
  });

  it("at long waits holds the busy part of the need with room for bursts, up to 256 a worker", () => {
    // 1.5 s waits, 3 ms CPU (99.8 %): 500 in flight nominally, 3 in 4 busy: 375 + 3√375 = 434.
    const llm = rec({ ioWaitRatio: 0.998 });
    expect(llm.config).toMatchObject({ workers: 6, threads: 73, workerClass: "gthread" });
    expect(llm.reasons.threads).toContain(
      "6 × 73 = 438, enough for the 434 that keep the core busy once gunicorn's own CPU is counted, with room for bursts",
    );
    // 15 s waits, 5 ms CPU (99.97 %): thousands wanted; 256 a worker is the most that paid.
    expect(rec({ ioWaitRatio: 0.9997 }).config).toMatchObject({ workers: 6, threads: MAX_THREADS });
    // Where twice the need stays within the 128 a core the 64-client benchmark measured, it stays.
    expect(rec({ ioWaitRatio: 0.98 }).config).toMatchObject({ workers: 6, threads: 17 });
  });

  it("sizes threads for twice the need in all workers together, whatever memory allows (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.double({ min: 0.8, max: 0.99, noNaN: true }),
        fc.integer({ min: 512, max: 262144 }),
        fc.integer({ min: 30, max: 800 }),
        (cores, ioWaitRatio, memoryMb, workerMemoryMb) => {
          const r = rec({ cores, ioWaitRatio, memoryMb, workerMemoryMb });
          const { workers, threads } = r.config;
          if (threads === 1 || threads === MAX_THREADS) return;
          const needed = Math.ceil(cores / (1 - ioWaitRatio) - 1e-9);
          // Beyond 128 a core the long-wait rule sizes them (slots.ts).
          if (2 * needed > 128 * cores) return;
          const twice = Math.max(2 * needed, 2 * workers);
          expect(workers * threads).toBeGreaterThanOrEqual(twice);
          expect(workers * threads).toBeLessThan(twice + workers);
        },
      ),
    );
  });

  it("caps each of several gthread workers at its threads, with keep-alive off, and says why", () => {
    const io = rec({ ioWaitRatio: 0.98 });
    expect(io.config.workerConnections).toBe(io.config.threads);
    expect(io.reasons.workerClass).toContain("--worker-connections 17 --keep-alive 0");
    expect(io.reasons.workerClass).toContain("queues their requests while the others idle");
    // One worker shares with nobody, and keep-alive saves it a connect per request.
    const single = rec({ ioWaitRatio: 0.1, preset: "cpu-bound" });
    expect(single.config).toMatchObject({ workers: 1, workerClass: "gthread" });
    expect(single.config.workerConnections).toBeUndefined();
    expect(rec({ ioWaitRatio: 0 }).config.workerConnections).toBeUndefined();
  });

  it("adds processes per core as the wait share grows, since threads queue for one GIL", () => {
    const workers = [0, 0.1, 0.5, 0.9, 0.99].map(
      (w) => rec({ ioWaitRatio: w, memoryMb: 65536 }).config.workers,
    );
    expect(workers).toEqual([2, 3, 4, 6, 6]);
    expect(rec({ cores: 2, ioWaitRatio: 0.5, memoryMb: 65536 }).config.workers).toBe(7);
    expect(rec({ ioWaitRatio: 0.98 }).reasons.workers).toMatch(/queue for its GIL/);
  });

  it("gives workers memory cuts the threads of the ones it drops, and says why when short", () => {
    // 512 MB, 150 MB workers, 98% waiting: 2 × need = 100; two workers of 50 threads fit.
    const r = rec({ memoryMb: 512, ioWaitRatio: 0.98 });
    expect(r.config).toMatchObject({ workers: 2, threads: 50 });
    // 99.99 %: 7,760 wanted; one 700 MB worker fits, with 256 threads.
    const short = rec({ memoryMb: 1024, ioWaitRatio: 0.9999, workerMemoryMb: 700 });
    expect(short.config).toMatchObject({ workers: 1, threads: MAX_THREADS });
    expect(short.reasons.threads).toContain("1 × 256 = 256, 256 per worker at most, short of the");
  });

  it("caps threads per worker and says the total falls short of twice the need", () => {
    // Memory holds 2 workers: 4 s waits with 3 ms CPU want about 1,100.
    const r = rec({ ioWaitRatio: 0.9992, workerMemoryMb: 500 });
    expect(r.config).toMatchObject({ workers: 2, threads: MAX_THREADS });
    expect(r.reasons.threads).toMatch(
      /256 per worker at most, short of the \d+ that keep the core busy/,
    );
  });

  it("counts workers × threads against a small database's connections when no cap is given", () => {
    const r = rec({ cores: 2, memoryMb: 8192, ioWaitRatio: 0.9 });
    const inFlight = r.config.workers * r.config.threads;
    expect(inFlight).toBeGreaterThan(SMALL_DATABASE_CONNECTIONS);
    expect(r.findings).toContainEqual({
      level: "notice",
      message: expect.stringMatching(
        new RegExp(
          `^${r.config.workers} workers × ${r.config.threads} threads = ${inFlight} requests in flight, .* more than the 35 user connections .* set max-connections`,
        ),
      ),
    });
    expect(rec({ ioWaitRatio: 0.05 }).findings).toEqual([]);
  });

  it("max-connections caps workers × threads, threads first, and says so", () => {
    const free = rec({ cores: 2, memoryMb: 8192, ioWaitRatio: 0.95 });
    expect(free.config.workers * free.config.threads).toBeGreaterThan(40);
    const r = rec({ cores: 2, memoryMb: 8192, ioWaitRatio: 0.95, maxConnections: 40 });
    expect(r.config.workers).toBe(free.config.workers);
    expect(r.config.workers * r.config.threads).toBeLessThanOrEqual(40);
    expect(r.config.threads).toBe(Math.floor(40 / free.config.workers));
    expect(r.reasons.threads).toMatch(
      /Then capped at max-connections 40: \d+ × \d+ = \d+ requests in flight/,
    );
    expect(r.findings.map((f) => f.message).join(" ")).not.toMatch(/set max-connections/);
    const sync = rec({ cores: 4, memoryMb: 16384, ioWaitRatio: 0.5, maxConnections: 3 });
    expect(sync.config).toMatchObject({ workers: 3, threads: 1, workerClass: "sync" });
    expect(sync.reasons.workers).toMatch(/capped at max-connections 3/);
  });

  it("max-connections caps event-loop workers, whose threads do not bound requests in flight", () => {
    const appWorker = { workerClass: "uvicorn.workers.UvicornWorker" as const, why: "test" };
    const r = rec({ cores: 4, memoryMb: 16384, ioWaitRatio: 0.9, appWorker, maxConnections: 3 });
    expect(r.config).toMatchObject({ workers: 3, threads: 1 });
    expect(r.reasons.workers).toMatch(/capped at max-connections 3: one pool per worker/);
  });

  it("gives event-loop workers one per vCPU whatever the wait share (measured: more loops per core lose)", () => {
    const appWorker = { workerClass: "uvicorn.workers.UvicornWorker" as const, why: "test" };
    for (const ioWaitRatio of [0, 0.5, 0.95]) {
      for (const cores of [1, 2, 4]) {
        const r = rec({ cores, memoryMb: 4096 * cores, ioWaitRatio, appWorker });
        expect(r.config).toMatchObject({ workers: cores, threads: 1 });
      }
    }
    const tight = rec({
      cores: 4,
      memoryMb: 1024,
      ioWaitRatio: 0.5,
      appWorker,
      workerMemoryMb: 300,
    });
    expect(tight.config.workers).toBe(2);
    expect(tight.reasons.workers).toMatch(
      /^Memory limits this to 2 workers where the CPU could use 4/,
    );
  });

  it("sizes a preset by its band's measured configuration on 1 vCPU, with the evidence in words", () => {
    const shape = (preset: IoProfile, cores: number) => {
      const r = rec({
        cores,
        memoryMb: 8192 * cores,
        preset,
        ioWaitRatio: PRESETS[preset].nominal,
      });
      return [r.config.workers, r.config.threads, r.config.workerClass];
    };
    expect(shape("cpu-bound", 1)).toEqual([1, 4, "gthread"]);
    expect(shape("mixed", 1)).toEqual([3, 4, "gthread"]);
    expect(shape("io-bound", 1)).toEqual([2, 32, "gthread"]);
    const r = rec({ preset: "mixed", ioSource: "the mixed profile" });
    expect(r.reasons.workers).toBe(
      "1 vCPU and the mixed profile (apps that wait 30–85% of each request): 3 workers, the configuration that held up best across that band.",
    );
    expect(r.evidence.workers).toBe("docs/how-the-numbers-are-chosen.md#presets");
  });

  it("sizes a preset on larger plans as the 2-vCPU benchmark chose: per vCPU, or the rule at its nominal share", () => {
    for (const preset of ["cpu-bound", "io-bound"] as const) {
      const byPreset = rec({
        cores: 2,
        memoryMb: 8192,
        preset,
        ioWaitRatio: PRESETS[preset].nominal,
      });
      const byRule = rec({ cores: 2, memoryMb: 8192, ioWaitRatio: PRESETS[preset].nominal });
      expect(byPreset.config).toEqual(byRule.config);
      expect(byPreset.reasons.workers).toContain(PRESETS[preset].largerPlans.why);
      expect(byPreset.evidence.workers).toBe("docs/how-the-numbers-are-chosen.md#larger-plans");
    }
    // mixed: 3 × 4 per vCPU (the best at 50% and 83% on 2 vCPU), where the rule at 50% gave 7 sync
    // workers (0.61 of the best at 83%).
    const mixed = rec({ cores: 2, memoryMb: 8192, preset: "mixed", ioWaitRatio: 0.5 });
    expect(mixed.config).toMatchObject({ workers: 6, threads: 4, workerConnections: 4 });
    expect(mixed.reasons.workers).toMatch(
      /^2 vCPU and the mixed profile .*: 6 workers \(3 per vCPU\), .* Larger plans take it once per vCPU, which measured best on 2 vCPU\.$/,
    );
    expect(
      rec({ cores: 64, memoryMb: 262144, preset: "mixed", ioWaitRatio: 0.5 }).config.workers,
    ).toBe(64);
  });

  it("hands a preset's workers that memory cannot hold to threads", () => {
    const r = rec({ preset: "mixed", ioWaitRatio: 0.5, workerMemoryMb: 600 });
    // 3 × 4 = 12 slots; memory holds 2 workers, so each gets ceil(12 / 2) threads.
    expect(r.config.workers).toBe(2);
    expect(r.config.threads).toBe(6);
    expect(r.reasons.workers).toMatch(/^Memory limits this to 2 workers where the CPU could use 3/);
    expect(r.findings).toContainEqual(expect.objectContaining({ level: "warning" }));
  });

  it("never suggests the fixed 3×6 recipe for a 20 ms CPU request (measured: 26 vs 46 rps)", () => {
    const r = rec({ ioWaitRatio: 0.05 });
    expect(r.config.threads).toBe(1);
  });

  it("fits the workers in memory and hands the lost slots to threads", () => {
    const r = rec({ cores: 4, memoryMb: 1024, ioWaitRatio: 0.5, workerMemoryMb: 250 });
    const budget = (1024 * MEMORY_HEADROOM) / 1;
    expect(r.config.workers).toBeLessThan(5);
    expect(r.memory.estimatedMb).toBeLessThanOrEqual(budget);
    expect(r.maxConcurrency).toBeGreaterThanOrEqual(10);
    expect(r.findings).toEqual([
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/Memory limits this to \d worker/),
      }),
    ]);
    expect(r.reasons.workers).toMatch(/Memory limits/);
  });

  it("divides memory between apps on one plan", () => {
    const alone = rec({ cores: 4, memoryMb: 1792, ioWaitRatio: 0.2 });
    const shared = rec({ cores: 4, memoryMb: 1792, ioWaitRatio: 0.2, appsOnPlan: 4 });
    expect(shared.config.workers).toBeLessThan(alone.config.workers);
    expect(shared.memory.budgetMb).toBe(Math.round((1792 * MEMORY_HEADROOM) / 4));
  });

  it("reports an error when not even one worker fits", () => {
    const r = rec({ memoryMb: 256, workerMemoryMb: 4000 });
    expect(r.config.workers).toBe(1);
    expect(
      r.findings.some((f) => f.level === "error" && /Even one worker does not fit/.test(f.message)),
    ).toBe(true);
  });

  it("caps the timeout at the front end's 230 s and says why", () => {
    const r = rec({ timeout: 600 });
    expect(r.config.timeout).toBe(FRONT_END_TIMEOUT_S);
    expect(r.reasons.timeout).toMatch(/capped at 230 s/);
    expect(r.findings).toContainEqual(expect.objectContaining({ level: "notice" }));
    expect(rec({ timeout: 45 }).config.timeout).toBe(45);
    expect(rec({}).config.timeout).toBe(FRONT_END_TIMEOUT_S);
  });

  it("warns that F1's shared core makes the numbers optimistic", () => {
    expect(rec({ sharedCpu: true }).findings).toContainEqual(
      expect.objectContaining({ level: "warning", message: expect.stringMatching(/F1/) }),
    );
  });

  const inputArb = fc.record({
    cores: fc.integer({ min: 1, max: 64 }),
    memoryMb: fc.integer({ min: 256, max: 262144 }),
    sharedCpu: fc.boolean(),
    appsOnPlan: fc.integer({ min: 1, max: 64 }),
    ioWaitRatio: fc.double({ min: 0, max: 0.99, noNaN: true }),
    workerMemoryMb: fc.integer({ min: 10, max: 65536 }),
    timeout: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
  });

  it("stays within bounds and emits a parseable command for any valid input (property)", () => {
    fc.assert(
      fc.property(inputArb, (over) => {
        const r = rec(over);
        const { workers, threads, timeout, workerClass } = r.config;
        expect(workers).toBeGreaterThanOrEqual(1);
        expect(workers).toBeLessThanOrEqual(64);
        expect(threads).toBeGreaterThanOrEqual(1);
        expect(threads).toBeLessThanOrEqual(MAX_THREADS);
        expect(timeout).toBeLessThanOrEqual(FRONT_END_TIMEOUT_S);
        expect(workerClass).toBe(threads > 1 ? "gthread" : "sync");
        expect(r.maxConcurrency).toBe(workers * threads);
        const fits =
          MASTER_MEMORY_MB + workers * over.workerMemoryMb <=
          (over.memoryMb * MEMORY_HEADROOM) / over.appsOnPlan;
        if (!fits) expect(workers === 1 && r.findings.some((f) => f.level === "error")).toBe(true);
        expect(parseCommand(buildCommand(r.config))).toEqual(r.config);
        for (const why of Object.values(r.reasons)) expect(why.length).toBeGreaterThan(20);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives more slots, never fewer, as the wait share grows (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.double({ min: 0, max: 0.98, noNaN: true }),
        fc.double({ min: 0, max: 0.98, noNaN: true }),
        (cores, a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const big = { cores, memoryMb: 262144 };
          expect(rec({ ...big, ioWaitRatio: hi }).maxConcurrency).toBeGreaterThanOrEqual(
            rec({ ...big, ioWaitRatio: lo }).maxConcurrency,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
