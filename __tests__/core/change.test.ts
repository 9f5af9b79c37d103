// The pure parts of guarded apply: the change record in tags, the judgement at comparable load,
// and what counts as healthy.
import { describe, expect, it } from "vitest";
import { judgeChange, MIN_COMPARABLE } from "../../src/core/site/change-judge.js";
import {
  readRecord,
  readUndone,
  recordTags,
  TAG_VALUE_MAX,
  undoneTags,
} from "../../src/core/site/change-record.js";
import { bootLoop, describeProblems, logProblems } from "../../src/core/site/container-logs.js";
import { describeAnswers, isHealthy } from "../../src/core/site/health.js";
import type { InstanceInterval } from "../../src/core/site/site-metrics.js";

describe("the change record in site tags", () => {
  it("splits a long command over tags of at most 256 characters and joins it back", () => {
    const previous = `python manage.py migrate && ${"gunicorn --log-level info ".repeat(30)}app:app`;
    const tags = recordTags({ previous, changedAt: "2026-11-29T06:00:00.000Z" });
    expect(Object.values(tags).every((v) => v.length <= TAG_VALUE_MAX)).toBe(true);
    expect(Object.keys(tags).every((k) => k.startsWith("gunicorn-tuner-"))).toBe(true);
    expect(readRecord({ other: "x", ...tags })).toEqual({
      previous,
      changedAt: "2026-11-29T06:00:00.000Z",
    });
  });

  it("keeps an empty previous command (the site had none)", () => {
    const tags = recordTags({ previous: "", changedAt: "2026-11-29T06:00:00.000Z" });
    expect(readRecord(tags)).toEqual({ previous: "", changedAt: "2026-11-29T06:00:00.000Z" });
  });

  it("reads a torn record as none, and a shorter rewrite ignores the old extra parts", () => {
    const long = recordTags({ previous: "x".repeat(600), changedAt: "2026-11-01T00:00:00Z" });
    const torn = { ...long };
    delete torn["gunicorn-tuner-previous-2"];
    expect(readRecord(torn)).toBeUndefined();
    const shorter = {
      ...long,
      ...recordTags({ previous: "gunicorn app:app", changedAt: "2026-11-02T00:00:00Z" }),
    };
    expect(readRecord(shorter)!.previous).toBe("gunicorn app:app");
  });

  it("records an undone command the same way", () => {
    const tags = undoneTags({
      command: "gunicorn --workers 9 app:app",
      undoneAt: "2026-11-29T07:00:00Z",
    });
    expect(readUndone(tags)).toEqual({
      command: "gunicorn --workers 9 app:app",
      undoneAt: "2026-11-29T07:00:00Z",
    });
  });
});

describe("judging a change at comparable load", () => {
  const CHANGE = Date.parse("2026-11-20T12:00:00Z");
  const minutes = (
    from: number,
    rpm: (i: number) => number,
    response: (rpm: number) => number,
    n = 600,
  ) =>
    Array.from({ length: n }, (_, i): InstanceInterval => {
      const r = rpm(i);
      return {
        instance: "a",
        at: from + i * 60_000,
        cpuSeconds: 1,
        requests: r,
        responseSeconds: response(r),
        memoryBytes: 500 * 1048576,
        errors5xx: 0,
      };
    });
  const wave = (lo: number, hi: number) => (i: number) =>
    Math.round(lo + ((hi - lo) * (1 + Math.sin(i / 17))) / 2);

  it("does not blame a change for a busier period: only the rates both saw are compared", () => {
    // Response time grows with load the same way before and after; after is twice as busy.
    const response = (rpm: number) => 0.1 + rpm / 5000;
    const series = {
      intervalSeconds: 60,
      points: [
        ...minutes(CHANGE - 600 * 60_000, wave(100, 500), response),
        ...minutes(CHANGE + 11 * 60_000, wave(300, 1000), response),
      ],
    };
    const verdict = judgeChange(series, CHANGE, 1750);
    expect(verdict.kind).toBe("same");
    // Without the comparable-load filter the busier after-period's p95 would read as worse.
    if (verdict.kind !== "wait") expect(verdict.rates[0]).toBeGreaterThanOrEqual(300);
  });

  it("finds a slower site at the same load worse, and says why", () => {
    const series = {
      intervalSeconds: 60,
      points: [
        ...minutes(CHANGE - 600 * 60_000, wave(100, 500), () => 0.1),
        ...minutes(CHANGE + 11 * 60_000, wave(100, 500), () => 0.15),
      ],
    };
    const verdict = judgeChange(series, CHANGE, 1750);
    expect(verdict).toMatchObject({ kind: "worse", reasons: ["p95 response 1.5× as long"] });
  });

  it("waits with too few intervals after the change", () => {
    const series = {
      intervalSeconds: 60,
      points: [
        ...minutes(CHANGE - 600 * 60_000, wave(100, 500), () => 0.1),
        ...minutes(CHANGE + 11 * 60_000, wave(100, 500), () => 0.1, 12),
      ],
    };
    expect(judgeChange(series, CHANGE, 1750)).toMatchObject({ kind: "wait", need: MIN_COMPARABLE });
  });
});

describe("health", () => {
  it.each([
    [200, true, true],
    [404, true, false],
    [404, false, true],
    [503, false, false],
    [undefined, false, false],
  ])("status %s on a health path (%s): healthy %s", (status, path, healthy) => {
    expect(isHealthy(status, path)).toBe(healthy);
  });

  it("counts the answers in the order first seen", () => {
    expect(
      describeAnswers([
        { at: 0, status: 200 },
        { at: 1, status: 503 },
        { at: 2, status: undefined },
        { at: 3, status: 503 },
      ]),
    ).toBe("200 ×1, 503 ×2, no answer ×1");
  });
});

describe("the container log", () => {
  const since = Date.parse("2026-11-29T06:00:00Z");
  const lines = [
    "2026-11-29T05:59:59.5Z [2026-11-29 05:59:59 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:7)",
    "2026-11-29T06:00:03.1Z [2026-11-29 06:00:03 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:8)",
    "[2026-11-29 07:00:03 +0100] [1] [ERROR] Worker (pid:9) was sent SIGKILL! Perhaps out of memory?",
    "[2026-11-29 06:10:00 +0000] [12] [INFO] Booting worker with pid: 12",
    "a line without a time: WORKER TIMEOUT",
  ].join("\n");

  it("counts what happened since the change, in any time zone gunicorn or App Service writes", () => {
    expect(logProblems([lines], since)).toEqual({ timeouts: 1, killed: 1, boots: 1 });
    expect(describeProblems({ timeouts: 1, killed: 1, boots: 1 })).toBe(
      "1 WORKER TIMEOUT, 1 worker killed with SIGKILL (out of memory?), 1 worker boot",
    );
  });

  it("calls boots a loop only well past what a few restarts start", () => {
    expect(bootLoop({ timeouts: 0, killed: 0, boots: 12 }, 6)).toBe(false);
    expect(bootLoop({ timeouts: 0, killed: 0, boots: 40 }, 6)).toBe(true);
  });
});
