// Rendering: repository text is escaped, fences cannot be broken out of, findings are capped.
import { describe, expect, it } from "vitest";
import {
  codeBlock,
  escapeMarkdown,
  MAX_LISTED_FINDINGS,
  renderMarkdown,
  renderText,
  type Report,
} from "../src/core/report.js";
import { recommend } from "../src/core/recommend.js";

const recommendation = recommend({
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
});
const base: Report = {
  title: "app",
  command: "gunicorn app:app",
  recommendation,
  plan: { label: "B1", cores: 1, memoryMb: 1792 },
  findings: [],
};

describe("report", () => {
  it("escapes HTML and Markdown from the repository", () => {
    const md = renderMarkdown({
      ...base,
      title: "<img src=x onerror=alert(1)>",
      findings: [
        { level: "error", message: "bad | *file* `x` <b>", file: "src/<script>.py", line: 3 },
      ],
    });
    expect(md).not.toMatch(/<img|<script|<b>/);
    expect(md).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(md).toContain("(src/&lt;script&gt;.py:3): bad \\| \\*file\\* \\`x\\` &lt;b&gt;");
    expect(escapeMarkdown("a\nb")).toBe("a b");
  });

  it("shows the site's command before and after in fences it cannot escape", () => {
    const md = renderMarkdown({
      ...base,
      site: { site: "web app shop", previous: "python app.py ```\n<b>x</b>", outcome: "applied" },
    });
    expect(md).toContain("Startup command on web app shop: applied");
    expect(md).toContain("````\npython app.py ```\n<b>x</b>\n````");
    expect(codeBlock("plain")).toEqual(["```", "plain", "```"]);
  });

  it("lists at most MAX_LISTED_FINDINGS findings, errors first", () => {
    const findings = Array.from({ length: 60 }, (_, i) => ({
      level: i === 59 ? ("error" as const) : ("notice" as const),
      message: `f${i}`,
    }));
    const md = renderMarkdown({ ...base, findings });
    expect(md.match(/^- /gm)).toHaveLength(MAX_LISTED_FINDINGS + 1);
    expect(md).toContain("- ❌ **error**: f59");
    expect(md).toContain("- … and 10 more");
    expect(
      renderText({ ...base, findings })
        .split("\n")
        .filter((l) => l.startsWith("  NOTICE")),
    ).toHaveLength(MAX_LISTED_FINDINGS - 1);
  });
});
