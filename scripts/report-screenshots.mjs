// Renders the job summary as GitHub shows it and screenshots it: the bundled action writes its
// summary for three apps (ready, blocked, no app found), marked turns the Markdown into HTML
// (GitHub-flavoured), github-markdown-css styles it, headless Chromium takes the picture at
// GitHub's comment width and at a phone's. Usage: node scripts/report-screenshots.mjs [outdir]
// [--action path/to/index.js --prefix before-] [--app name=folder ...]. Needs Debian's chromium (installed if missing).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { marked } from "marked";
import { chromium } from "playwright-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    action: { type: "string" },
    prefix: { type: "string", default: "report-" },
    // Other apps instead of the three below: --app name=folder (repeatable), on plan B1.
    app: { type: "string", multiple: true },
  },
});
const out = path.resolve(positionals[0] ?? path.join(root, "docs"));
const action = path.resolve(values.action ?? path.join(root, "dist", "index.js"));
const CHROMIUM = "/usr/bin/chromium";

const DEFAULT_APPS = [
  {
    name: "ready",
    inputs: { plan: "B1", "working-directory": "__tests__/fixtures/apps/fastapi-main" },
  },
  {
    name: "blocked",
    inputs: { plan: "B1", "working-directory": "__tests__/fixtures/run-at-import" },
  },
  { name: "no-app", inputs: { plan: "B1", "working-directory": "__tests__/fixtures/empty-app" } },
];
const APPS = values.app
  ? values.app.map((a) => {
      const [name, dir] = a.split("=");
      return { name, inputs: { plan: "B1", "working-directory": dir } };
    })
  : DEFAULT_APPS;
const WIDTHS = [
  { suffix: "", width: 880 },
  { suffix: "-narrow", width: 380 },
];

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync(
    sudo[0] ?? "apt-get",
    [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), "update", "-qq"],
    { env, stdio: "inherit" },
  );
  execFileSync(
    sudo[0] ?? "apt-get",
    [
      ...(sudo.length ? ["apt-get"] : []),
      "install",
      "-y",
      "-qq",
      "--no-install-recommends",
      "chromium",
      "fonts-noto-color-emoji",
    ],
    { env, stdio: "inherit" },
  );
}

/** The summary the bundled action writes, run as the runner runs it. */
function summaryOf(inputs) {
  const dir = mkdtempSync(path.join(tmpdir(), "gt-shot-"));
  const summary = path.join(dir, "summary");
  writeFileSync(summary, "");
  writeFileSync(path.join(dir, "output"), "");
  const env = {
    PATH: process.env.PATH,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: path.join(dir, "output"),
    GITHUB_SHA: "4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "octo/shop",
    GITHUB_RUN_ID: "123456789",
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  spawnSync(process.execPath, [action], { cwd: root, env, encoding: "utf8" });
  return readFileSync(summary, "utf8");
}

function page(markdown, width) {
  const css = readFileSync(
    createRequire(import.meta.url).resolve("github-markdown-css/github-markdown-light.css"),
    "utf8",
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { margin: 0; background: #fff; }
    .markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; font-size: 14px; }
  </style></head><body><article class="markdown-body">${marked.parse(markdown, { gfm: true })}</article></body></html>`;
}

ensureChromium();
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  for (const app of APPS) {
    const markdown = summaryOf(app.inputs);
    writeFileSync(path.join(out, `${values.prefix}${app.name}.md`), markdown);
    for (const { suffix, width } of WIDTHS) {
      const tab = await browser.newPage({ viewport: { width, height: 400 } });
      await tab.setContent(page(markdown, width));
      const file = path.join(out, `${values.prefix}${app.name}${suffix}.png`);
      await tab.locator("article").screenshot({ path: file });
      await tab.close();
      console.log(path.relative(root, file));
    }
  }
} finally {
  await browser.close();
}
