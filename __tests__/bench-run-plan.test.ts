// How long the benchmark runs a workload and which responses it counts, on plain data: a run
// outlasts the waves in which long or queued requests finish, and its start is not counted.
import { describe, expect, it } from "vitest";
import { runPlan } from "../bench/lib/measure.mjs";
import { parseWrk } from "../bench/lib/wrk.mjs";

const opt = { duration: 3, connections: 64 };

describe("runPlan", () => {
  it("skips 1.5 loaded times where the cores queue every client's CPU", () => {
    // 64 clients × 30 ms of CPU on one core: 1.92 s per request once all are served.
    expect(runPlan({ waitMs: 170, cpuMs: 30 }, opt, 1)).toEqual({ seconds: 11, skip: 2.88 });
    // Two cores take them two at a time.
    expect(runPlan({ waitMs: 0, cpuMs: 30 }, opt, 2)).toEqual({ seconds: 6, skip: 1.44 });
  });

  it("keeps 20 unqueued cycles for long waits the cores do not limit", () => {
    expect(runPlan({ waitMs: 600, cpuMs: 3 }, opt, 1)).toEqual({ seconds: 13, skip: 0.9 });
  });

  it("keeps the set duration for short requests, skipping only their first loaded times", () => {
    expect(runPlan({ waitMs: 38, cpuMs: 2 }, opt, 1)).toEqual({ seconds: 3, skip: 0.19 });
  });

  it("counts everything in a smoke run", () => {
    expect(runPlan({ waitMs: 170, cpuMs: 30 }, { ...opt, smoke: true, duration: 1 }, 1)).toEqual({
      seconds: 1,
      skip: 0,
    });
  });
});

describe("parseWrk", () => {
  it("reads the responses counted after the skipped start beside wrk's own figures", () => {
    const text = [
      "Running 8s test @ http://127.0.0.1:1/work",
      "  Thread Stats   Avg      Stdev     Max   +/- Stdev",
      "    Latency     2.10s   300.00ms   3.50s    70.00%",
      "  Latency Distribution",
      "     50%    2.50s ",
      "     99%    3.48s ",
      "  243 requests in 8.01s, 40.00KB read",
      "Requests/sec:     30.33",
      "Counted after skip: 160",
    ].join("\n");
    expect(parseWrk(text)).toMatchObject({ rps: 30.33, p50: 2500, p99: 3480, counted: 160 });
  });
});
