// io-profile auto with no site: the guess from what the request handlers call.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanApp } from "../../src/fs/repo-scan.js";
import { inferProfile } from "../../src/core/workload/infer-profile.js";
import { FIXTURES } from "../helpers/paths.js";

const infer = async (app: string) =>
  inferProfile(await scanApp(path.join(FIXTURES, "apps", app), "auto"));

describe("the profile inferred from the handlers", () => {
  it("is io-bound for a handler that streams a language model's answer, through a helper module", async () => {
    const got = await infer("flask-llm-stream");
    expect(got.profile).toBe("io-bound");
    expect(got.because).toMatchObject({
      kind: "llm",
      file: "chat/answers.py",
      line: 7,
      handler: "ask",
      callee: "openai.AzureOpenAI.chat.completions.create",
    });
    expect(got.streaming?.file).toBe("app.py");
  });

  it("is io-bound for an HTTP API call in a handler", async () => {
    const got = await infer("flask-http-api");
    expect(got).toMatchObject({ profile: "io-bound", streaming: undefined });
    expect(got.because).toMatchObject({ kind: "remote", callee: "requests.get", line: 15 });
  });

  it("is cpu-bound for local computation alone, and mixed for a database or nothing known", async () => {
    expect((await infer("flask-numpy-only")).profile).toBe("cpu-bound");
    expect((await infer("flask-sqlite-writes")).profile).toBe("mixed");
    expect((await infer("flask-clean")).profile).toBe("mixed");
  });
});
