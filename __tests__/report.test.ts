// Rendering: verdict first, repository text escaped, fences that cannot be broken out of,
// findings capped, and no numbers for an app that was not found.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardLines, neutralize } from "../src/core/report/log-text.js";
import { recommend } from "../src/core/sizing/recommend.js";
import {
  codeBlock,
  escapeMarkdown,
  prose,
  renderMarkdown,
} from "../src/core/report/report-markdown.js";
import { renderText } from "../src/core/report/report-text.js";
import { MAX_LISTED_FINDINGS, type Report } from "../src/core/report/report.js";

const recommendationInput = {
  cores: 1,
  memoryMb: 1792,
  sharedCpu: false,
  appsOnPlan: 1,
  ioWaitRatio: 0.5,
  ioSource: "x",
  workerMemoryMb: 150,
  timeout: undefined,
  module: "app:app",
  chdir: undefined,
  port: 8000,
};
const recommendation = recommend(recommendationInput);
const base: Report = {
  title: "shop",
  command: "gunicorn --workers 4 --threads 1 --worker-class sync app:app",
  recommendation,
  plan: { label: "B1", cores: 1, memoryMb: 1792 },
  findings: [],
};

describe("Markdown report", () => {
  it("opens with the verdict, the app and the plan", () => {
    const md = renderMarkdown(base);
    expect(md.split("\n")[0]).toBe("### ✅ shop is ready for App Service · `B1`");
    expect(md).toContain(
      "| | App Service default | recommended |\n| --- | --- | --- |\n| workers | 1 sync worker × 1 thread | **4 sync workers × 1 thread** |\n| requests at once | 1 | **4** |",
    );
    expect(md).toMatch(/<details><summary>Why these numbers<\/summary>\n\n- \*\*workers\*\* `4`: /);
  });

  it("does not count an event loop's requests at once by its threads", () => {
    const asgi = recommend({
      ...recommendationInput,
      appWorker: { workerClass: "uvicorn.workers.UvicornWorker", why: "x" },
    });
    const md = renderMarkdown({ ...base, recommendation: asgi });
    expect(md).toContain("| requests at once | 1 | **many per worker** |");
    expect(renderText({ ...base, recommendation: asgi })).toContain(
      "→ recommended: 1 uvicorn worker (event loop) (many per worker at once)",
    );
  });

  it("puts blocking findings before the command", () => {
    const md = renderMarkdown({
      ...base,
      findings: [
        { level: "notice", message: "n" },
        { level: "error", message: "app.py starts a server", file: "app.py", line: 3 },
      ],
    });
    expect(md.split("\n")[0]).toBe("### ❌ shop: blocked, fix 1 error first · `B1`");
    expect(md.indexOf("**Fix first**")).toBeLessThan(md.indexOf("**Startup command**"));
    expect(md).toContain("- ❌ `app.py:3` `app.py` starts a server");
  });

  it("shows no numbers when no app was found", () => {
    const md = renderMarkdown({
      ...base,
      command: undefined,
      findings: [{ level: "error", message: "No app found" }],
    });
    expect(md.split("\n")[0]).toBe("### ❌ shop: no app found · `B1`");
    expect(md).not.toMatch(/workers|Startup command|\| --- \|/);
  });

  it("escapes HTML and Markdown from the repository, and code-spans identifiers", () => {
    const md = renderMarkdown({
      ...base,
      title: "<img src=x onerror=alert(1)>",
      findings: [
        {
          level: "error",
          message: "bad | *file* <b> in main:app",
          file: "src/<script>.py",
          line: 3,
        },
      ],
    });
    // Code spans show their text literally; outside them no HTML may survive.
    expect(md.replace(/`[^`]*`/g, "")).not.toMatch(/<img|<script|<b>/);
    expect(md).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(md).toContain("`src/<script>.py:3` bad \\| \\*file\\* &lt;b&gt; in `main:app`");
    expect(escapeMarkdown("a\nb")).toBe("a b");
    expect(prose("use --chdir src and uvicorn.workers.UvicornWorker")).toBe(
      "use `--chdir` src and `uvicorn.workers.UvicornWorker`",
    );
  });

  it("diffs the site's command against the recommendation in fences it cannot escape", () => {
    const md = renderMarkdown({
      ...base,
      site: { site: "web app shop", previous: "python app.py ```\n<b>x</b>", outcome: "applied" },
    });
    expect(md).toContain("**Startup command on web app shop**: applied");
    expect(md).toContain("````diff\n- python app.py ```\n- <b>x</b>\n+ gunicorn --workers 4");
    expect(md).toContain("| workers | ? | **4 sync workers × 1 thread** |");
    expect(codeBlock("plain")).toEqual(["```", "plain", "```"]);
  });

  it("reads the site's current workers into the before row", () => {
    const md = renderMarkdown({
      ...base,
      site: {
        site: "web app shop",
        previous: "gunicorn --workers 2 --threads 8 app:app",
        outcome: "read",
      },
    });
    expect(md).toContain(
      "| workers | 2 gthread workers × 8 threads | **4 sync workers × 1 thread** |",
    );
    expect(md).toContain("| requests at once | 16 | **4** |");
  });

  it("shows the connection cap beside what the site keeps now, only when the command caps", () => {
    const capped = recommend({ ...recommendationInput, ioWaitRatio: 0.95 });
    expect(capped.config).toMatchObject({ workers: 6, threads: 7, workerConnections: 7 });
    const site = (previous: string) => ({
      ...base,
      recommendation: capped,
      site: { site: "web app shop", previous, outcome: "read" as const },
    });
    const row = (previous: string) =>
      renderMarkdown(site(previous))
        .split("\n")
        .find((l) => l.startsWith("| connections |"));
    expect(row("gunicorn --workers 6 --threads 20 app:app")).toBe(
      "| connections | up to 1000 per worker, kept alive | **up to 7 per worker, closed after each response** |",
    );
    expect(row("gunicorn --workers 2 app:app")).toContain("| one at a time per worker |");
    expect(renderText(site("gunicorn --workers 6 --threads 20 app:app"))).toContain(
      "connections: up to 1000 per worker, kept alive → up to 7 per worker, closed after each response",
    );
    expect(
      renderMarkdown(base)
        .split("\n")
        .some((l) => l.startsWith("| connections |")),
    ).toBe(false);
  });

  it("ends with the version, the commit and the run", () => {
    const md = renderMarkdown({
      ...base,
      footer: {
        version: "1.2.3",
        commit: "0123456789abcdef",
        runUrl: "https://github.com/o/r/actions/runs/9",
      },
    });
    expect(md.trimEnd().split("\n").pop()).toBe(
      "<sub>gunicorn-tuner 1.2.3 · commit `0123456` · [workflow run](https://github.com/o/r/actions/runs/9)</sub>",
    );
  });

  it("lists at most MAX_LISTED_FINDINGS findings, errors first", () => {
    const findings = Array.from({ length: 60 }, (_, i) => ({
      level: i === 59 ? ("error" as const) : ("notice" as const),
      message: `f${i}`,
    }));
    const md = renderMarkdown({ ...base, findings });
    expect(md.match(/^- (❌|ℹ️)/gm)).toHaveLength(MAX_LISTED_FINDINGS);
    expect(md).toContain("- ❌ f59");
    expect(md).toContain("… and 10 more findings");
    expect(
      renderText({ ...base, findings })
        .split("\n")
        .filter((l) => l.startsWith("  NOTICE")),
    ).toHaveLength(MAX_LISTED_FINDINGS - 1);
  });
});

describe("text report", () => {
  it("gives the verdict, the command and before → after", () => {
    const text = renderText(base);
    expect(text.split("\n")[0]).toBe("✔ shop is ready for App Service (B1)");
    expect(text).toContain(
      "App Service default: 1 sync worker × 1 thread (1 at once) → recommended: 4 sync workers × 1 thread (4 at once)",
    );
  });

  it("prints folder names with newlines on one line, so they cannot start workflow commands", () => {
    const text = renderText({
      ...base,
      title: "evil\n::warning::owned",
      findings: [{ level: "notice", message: "x", file: "a\n::stop-commands::x" }],
    });
    expect(text.split("\n").some((l) => l.trimStart().startsWith("::"))).toBe(false);
  });
});

describe("log escaping (property)", () => {
  it("no string passed to neutralize can produce a line starting with ::", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ maxLength: 5 }), (text, prefix) => {
        for (const printed of [neutralize(text), `${prefix}${neutralize(text)}`]) {
          const lines = printed.split(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/);
          expect(lines.length === 1 || prefix.length > 0).toBe(true);
          expect(neutralize(text)).not.toContain("::");
        }
        expect(
          guardLines(text)
            .split("\n")
            .some((l) => /^\s*::/.test(l)),
        ).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
