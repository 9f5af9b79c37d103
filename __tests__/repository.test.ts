// The repository as an action's users and contributors meet it: the README's manual, links that
// resolve, the one place the action's name is written, and workflows that run as written.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPOSITORY } from "../src/version.js";
import { EXAMPLES, ROOT } from "./helpers/paths.js";
import { runAction } from "./helpers/run-action.js";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const README = read("README.md");
const DOCS = readdirSync(path.join(ROOT, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => `docs/${f}`);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");

describe("README.md", () => {
  it("is a user's manual under 250 lines, the rest in docs/", () => {
    expect(README.split("\n").length).toBeLessThan(250);
  });

  it("lists every output of action.yml, in its words", () => {
    const action = parse(read("action.yml")) as {
      outputs: Record<string, { description: string }>;
    };
    const table = README.slice(README.indexOf("## Outputs"), README.indexOf("## CLI"));
    const rows = [...table.matchAll(/^\| `([\w-]+)` +\| (.+?) +\|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(
      Object.entries(action.outputs).map(([name, o]) => [
        name,
        o.description.replace(/\s+/g, " ").trim(),
      ]),
    );
  });

  it("names the action as package.json's repository does, and nowhere else differently", () => {
    expect(REPOSITORY).toBe("gunicorn-tuner/gunicorn-tuner");
    const uses = [...README.matchAll(/uses: ([\w./-]+)@v\d+/g)].map((m) => m[1]!);
    const ours = uses.filter((u) => !/^(actions|azure)\//.test(u));
    expect(ours.length).toBeGreaterThan(0);
    for (const u of ours) expect(u).toBe(REPOSITORY);
    expect(README).toContain(`The action's name is \`${REPOSITORY}\``);
  });
});

describe("links in README.md and docs/", () => {
  it("resolve to files and headings that exist", () => {
    const broken: string[] = [];
    for (const file of ["README.md", "CHANGELOG.md", ...DOCS]) {
      const text = read(file);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target!)) continue;
        const [rel, anchor] = target!.split("#");
        const to = rel ? path.join(path.dirname(file), rel) : file;
        if (!existsSync(path.join(ROOT, to))) {
          broken.push(`${file} → ${target}`);
          continue;
        }
        if (anchor && to.endsWith(".md")) {
          const headings = [...read(to).matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
          if (!headings.includes(anchor)) broken.push(`${file} → ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe(".github/", () => {
  const workflow = (name: string) =>
    parse(read(`.github/workflows/${name}`)) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        {
          steps: { uses?: string; run?: string; with?: Record<string, string> }[];
          strategy?: { matrix: Record<string, string[]> };
        }
      >;
    };

  it("CI runs .ci/run, which runs the README's test command", () => {
    const ci = workflow("ci.yml");
    const runs = Object.values(ci.jobs).flatMap((j) => j.steps.map((s) => s.run));
    expect(runs).toContain("bash .ci/run");
    expect(read(".ci/run")).toContain("\nnpm ci && npm test\n");
    expect(Object.keys(ci.on)).toEqual(["push", "pull_request"]);
  });

  it("moves the major tag when a release is published", () => {
    const release = workflow("release.yml");
    expect(release.on).toEqual({ release: { types: ["published"] } });
    const script = Object.values(release.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ""))
      .join("\n");
    expect(script).toContain('git tag -f "$major" "$TAG"');
    expect(script).toContain('git push -f origin "refs/tags/$major"');
  });

  it("keeps npm packages and actions up to date", () => {
    const dependabot = parse(read(".github/dependabot.yml")) as {
      updates: { "package-ecosystem": string }[];
    };
    expect(dependabot.updates.map((u) => u["package-ecosystem"]).sort()).toEqual([
      "github-actions",
      "npm",
    ]);
  });

  it("runs the examples workflow's steps as written, each with its job summary", async () => {
    const examples = workflow("examples.yml");
    const { output } = examples.jobs;
    const matrix = output!.strategy!.matrix.example!;
    expect([...matrix].sort()).toEqual(readdirSync(EXAMPLES).sort());
    const step = output!.steps.find((s) => s.uses === "./")!;
    for (const example of matrix) {
      const inputs = Object.fromEntries(
        Object.entries(step.with!).map(([k, v]) => [
          k,
          v.replace("${{ matrix.example }}", example),
        ]),
      );
      const run = await runAction(inputs);
      expect(run.code, example).toBe(0);
      expect(run.outputs["startup-command"], example).toMatch(/^gunicorn --workers \d+ /);
      expect(run.summary, example).toContain("is ready for App Service");
    }
  });
});
