// action.yml and the code must agree on inputs, defaults, outputs and runtime.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULTS, INPUT_NAMES } from "../src/core/inputs/inputs.js";
import { ROOT } from "./helpers/paths.js";

const yml = readFileSync(path.join(ROOT, "action.yml"), "utf8");

/** The `name:` keys two spaces in, under a top-level section, with their `default:` if any. */
function section(name: string): Map<string, string | undefined> {
  const body = yml.split(new RegExp(`^${name}:\\n`, "m"))[1]!.split(/^\S/m)[0]!;
  const entries = new Map<string, string | undefined>();
  let current = "";
  for (const line of body.split("\n")) {
    const key = line.match(/^ {2}([a-z-]+):\s*$/);
    if (key) entries.set((current = key[1]!), undefined);
    const def = line.match(/^ {4}default:\s*(.*)$/);
    if (def && current) entries.set(current, def[1]!.replace(/^"(.*)"$/, "$1"));
  }
  return entries;
}

describe("action.yml", () => {
  it("has a Marketplace-sized description, an author and a licence", () => {
    const description = yml.match(/^description: (.+)$/m)?.[1] ?? "";
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThan(125);
    expect(yml).toMatch(/^author: \S.+$/m);
    expect(readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
  });

  it("runs dist/index.js on node24", () => {
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m);
  });

  it("lists exactly the inputs the code reads, with the same defaults", () => {
    const inputs = section("inputs");
    expect([...inputs.keys()]).toEqual([...INPUT_NAMES]);
    for (const [name, value] of inputs) {
      if (value?.startsWith("${{")) continue; // workflow expressions have no code default
      expect({ name, value: value ?? "" }).toEqual({ name, value: DEFAULTS[name] ?? "" });
    }
    expect(yml.match(/description:/g)!.length).toBeGreaterThanOrEqual(INPUT_NAMES.length + 1);
  });

  it("declares the outputs the action sets", () => {
    const outputs = [...section("outputs").keys()];
    const dir = path.join(ROOT, "src", "action");
    const src = readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const set = [...src.matchAll(/setOutput\(\s*"([a-z-]+)"/g)].map((m) => m[1]);
    expect(new Set(set)).toEqual(new Set(outputs));
  });
});
