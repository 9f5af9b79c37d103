// Input parsing: defaults, and errors that name the input, the value and what is allowed.
import { describe, expect, it } from "vitest";
import { InputError } from "../src/core/inputs/errors.js";
import { parseInputs } from "../src/core/inputs/inputs.js";
import { closePlans, findPlan, PLAN_SKUS } from "../src/core/sizing/plans.js";

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("parseInputs", () => {
  it("applies the defaults", () => {
    const inputs = parseInputs(reader({ plan: "b1" }));
    expect(inputs.plan).toEqual({
      kind: "known",
      resources: { sku: "B1", cores: 1, memoryMb: 1792, sharedCpu: false },
    });
    expect(inputs).toMatchObject({
      appModule: "auto",
      ioWaitRatio: 0.5,
      ioSource: "the mixed profile",
      workingDirectory: ".",
      port: 8000,
      timeout: undefined,
      workerMemoryMb: 150,
      appsOnPlan: 1,
      maxConnections: undefined,
      failOn: "error",
    });
    expect([...inputs.modes]).toEqual(["output"]);
  });

  it("takes a custom plan and a measured wait ratio over the profile", () => {
    const inputs = parseInputs(
      reader({
        plan: "Custom",
        cores: "6",
        "memory-mb": "12288",
        "io-profile": "cpu-bound",
        "io-wait-ratio": "0.75",
      }),
    );
    expect(inputs.plan).toEqual({
      kind: "known",
      resources: { sku: "custom", cores: 6, memoryMb: 12288, sharedCpu: false },
    });
    expect(inputs.ioWaitRatio).toBe(0.75);
    expect(inputs.ioSource).toBe("io-wait-ratio");
  });

  it("accepts several modes", () => {
    expect([...parseInputs(reader({ plan: "B1", mode: "output, comment" })).modes]).toEqual([
      "output",
      "comment",
    ]);
  });

  it.each([
    [{}, "plan", /plan is required/],
    [{ plan: "B4" }, "plan", /did you mean B1, B2, B3/],
    [{ plan: "P1v9" }, "plan", /did you mean P1v2/],
    [{ plan: "custom" }, "cores", /whole number from 1/],
    [{ plan: "B1", "max-connections": "0" }, "max-connections", /whole number from 1 to 100000/],
    [{ plan: "B1", "max-connections": "20;rm" }, "max-connections", /whole number/],
    [{ plan: "custom", cores: "2", "memory-mb": "lots" }, "memory-mb", /whole number/],
    [{ plan: "B1", "app-module": "app:app; rm -rf /" }, "app-module", /module:callable/],
    [{ plan: "B1", "io-profile": "fast" }, "io-profile", /cpu-bound, mixed, io-bound/],
    [{ plan: "B1", "io-wait-ratio": "1" }, "io-wait-ratio", /0 to 0\.99/],
    [{ plan: "B1", "io-wait-ratio": "-0.1" }, "io-wait-ratio", /0 to 0\.99/],
    [{ plan: "B1", port: "80a" }, "port", /1 to 65535/],
    [{ plan: "B1", timeout: "0" }, "timeout", /1 to 3600/],
    [{ plan: "B1", mode: "output,deploy" }, "mode", /output, comment, apply/],
    [{ plan: "B1", "fail-on": "sometimes" }, "fail-on", /error, warning, never/],
    [{ plan: "B1", "arm-endpoint": "http://management.azure.com" }, "arm-endpoint", /https:\/\//],
    [{ plan: "B1", "subscription-id": "not-a-guid" }, "subscription-id", /GUID/],
    [{ plan: "B1", mode: "apply" }, "app-name", /mode apply and plan auto need it/],
  ])("rejects %j naming %s", (values, input, allowed) => {
    let error: unknown;
    try {
      parseInputs(reader(values));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.startsWith(`${input}: `)).toBe(true);
    const value = (values as Record<string, string>)[input] ?? "";
    expect(message).toContain(JSON.stringify(value));
    expect(message).toMatch(allowed);
  });
});

describe("plans", () => {
  it("knows every Linux SKU family, case-insensitively", () => {
    expect(PLAN_SKUS).toHaveLength(39);
    expect(findPlan("p1MV3")).toMatchObject({ sku: "P1mv3", cores: 2, memoryMb: 16384 });
    expect(findPlan("I6v2")).toMatchObject({ cores: 64, memoryMb: 262144 });
    expect(findPlan("f1")).toMatchObject({ cores: 1, sharedCpu: true });
    expect(findPlan("nope")).toBeUndefined();
  });

  it("suggests close SKUs", () => {
    expect(closePlans("P1V4")[0]).toBe("P1v4");
    expect(closePlans("S4")).toContain("S1");
  });
});
