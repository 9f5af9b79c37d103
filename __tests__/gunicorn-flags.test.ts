// src/core/command/gunicorn-flags.ts is generated from the gunicorns the tests boot; this regenerates it
// from both and compares, so a new gunicorn's flags cannot be read wrongly unnoticed.
import { describe, expect, it } from "vitest";
import { GUNICORN_FLAGS } from "../src/core/command/gunicorn-flags.js";
// @ts-expect-error: a plain .mjs script without types
import { merge, PYTHONS, readFlags } from "../scripts/gunicorn-flags.mjs";

describe("gunicorn's flags", () => {
  it("match what Debian's 20.1 and the current release say about their values", () => {
    const readings = (PYTHONS as string[]).map(readFlags) as { version: string }[];
    expect(readings.map((r) => r.version)).toEqual(["20.1.0", expect.stringMatching(/^2\d\./)]);
    expect(GUNICORN_FLAGS).toEqual(merge(readings));
    expect(GUNICORN_FLAGS["--log-syslog"]).toBe("none");
    expect(GUNICORN_FLAGS["--workers"]).toBe("value");
  });
});

describe("Python's standard library", () => {
  it("is the list Python itself gives (sys.stdlib_module_names)", async () => {
    const { STDLIB_MODULES } = await import("../src/core/detect/stdlib-modules.js");
    // @ts-expect-error: a plain .mjs script without types
    const { readStdlib } = await import("../scripts/stdlib-modules.mjs");
    const { names } = readStdlib() as { names: string[] };
    expect([...STDLIB_MODULES]).toEqual(names);
    expect(STDLIB_MODULES.has("json")).toBe(true);
    expect(STDLIB_MODULES.has("yaml")).toBe(false);
  });
});
