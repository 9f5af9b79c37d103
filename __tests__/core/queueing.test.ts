import { describe, expect, it } from "vitest";
import {
  fitService,
  median,
  responseAC,
  responseMMc,
  serviceTimeMMc,
  type Observed,
} from "../../src/core/site/queueing.js";

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * One minute of a single server with Poisson arrivals at `rate`, simulated request by request
 * (Lindley's recursion): the mean response time it saw. `service` draws one service time.
 */
function simulateMinute(rate: number, service: () => number, next: () => number): number {
  let clock = 0;
  let wait = 0;
  let previousService = 0;
  let total = 0;
  let n = 0;
  for (;;) {
    const gap = -Math.log(1 - next()) / rate;
    clock += gap;
    if (clock > 60) break;
    wait = Math.max(0, wait + previousService - gap);
    previousService = service();
    total += wait + previousService;
    n++;
  }
  return total / n;
}

function minutes(loads: readonly number[], meanService: number, service: () => number, seed = 7) {
  const next = random(seed);
  return loads.map((load): Observed => ({
    rate: load / meanService,
    responseSeconds: simulateMinute(load / meanService, service, next),
  }));
}

const VARYING = Array.from({ length: 120 }, (_, i) => 0.1 + (0.7 * ((i * 37) % 120)) / 120);

describe("queueing model", () => {
  it("inverts M/M/c and its Allen–Cunneen scaling", () => {
    for (const servers of [1, 4, 32]) {
      expect(serviceTimeMMc(3, responseMMc(3, 0.25, servers), servers)).toBeCloseTo(0.25, 4);
      expect(serviceTimeMMc(3, responseAC(3, 0.25, servers, 0.5), servers, 0.5)).toBeCloseTo(
        0.25,
        4,
      );
    }
    expect(responseMMc(5, 0.25, 1)).toBe(Infinity);
  });

  it("constant service times (M/D/1): service within 5 % where M/M/1 reads them short", () => {
    const observed = minutes(VARYING, 0.04, () => 0.04);
    const fit = fitService(observed, 1);
    expect(fit.fitted).toBe(true);
    expect(fit.serviceSeconds).toBeGreaterThan(0.038);
    expect(fit.serviceSeconds).toBeLessThan(0.042);
    expect(fit.variability).toBeLessThan(0.75);
    const mm1 = median(observed.map((o) => serviceTimeMMc(o.rate, o.responseSeconds, 1)));
    expect(mm1).toBeLessThan(0.037);
  });

  it("exponential service times (M/M/1): service within 5 %, factor near 1", () => {
    const next = random(11);
    const observed = minutes(VARYING, 0.1, () => -Math.log(1 - next()) * 0.1);
    const fit = fitService(observed, 1);
    expect(fit.serviceSeconds).toBeGreaterThan(0.095);
    expect(fit.serviceSeconds).toBeLessThan(0.105);
    expect(fit.variability).toBeGreaterThan(0.7);
    expect(fit.variability).toBeLessThan(1.4);
  });

  it("bursty service times (a tenth take 10×): service within 10 %", () => {
    const next = random(5);
    const mean = 0.1 * 0.9 * 1 + 0.1 * 0.1 * 10;
    const observed = minutes(VARYING, mean, () => (next() < 0.1 ? 1 : 0.1 * 1));
    const fit = fitService(observed, 1);
    expect(fit.serviceSeconds).toBeGreaterThan(mean * 0.9);
    expect(fit.serviceSeconds).toBeLessThan(mean * 1.1);
  });

  it("a load that never varies cannot tell the factor from the service time: M/M/c, unfitted", () => {
    const steady = Array.from({ length: 60 }, () => 0.5);
    const fit = fitService(
      minutes(steady, 0.05, () => 0.05),
      1,
    );
    expect(fit).toMatchObject({ fitted: false, variability: 1 });
  });
});

describe("server counts no plan has", () => {
  it("meets the exact sum where the approximation takes over, and fits a million servers", () => {
    for (const load of [0.5, 0.9, 0.97, 0.995]) {
      const exact = responseMMc(load * 1000, 1, 1000);
      const approximated = responseMMc(load * 1001, 1, 1001);
      expect(Math.abs(approximated - exact) / exact).toBeLessThan(0.002);
    }
    const observed = Array.from({ length: 400 }, (_, i) => ({
      rate: 1000 + i * 20,
      responseSeconds: 0.5 + i / 1000,
    }));
    const fit = fitService(observed, 1_000_000);
    expect(Number.isFinite(fit.serviceSeconds)).toBe(true);
  });
});
