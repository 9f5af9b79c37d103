// The command grammar: round trips, and nothing outside the grammar gets through.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildCommand,
  CommandSyntaxError,
  isValidChdir,
  isValidModule,
  LIMITS,
  parseCommand,
  type GunicornConfig,
} from "../src/core/command/command.js";

const ident = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,11}$/);
const moduleArb = fc
  .tuple(
    fc.array(ident, { minLength: 1, maxLength: 3 }),
    fc.option(ident, { nil: undefined }),
    fc.boolean(),
  )
  .map(
    ([parts, callable, factory]) =>
      parts.join(".") + (callable ? `:${callable}${factory ? "()" : ""}` : ""),
  );
const segment = fc
  .stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,9}$/)
  .filter((s) => s !== "." && s !== "..");
const configArb: fc.Arbitrary<GunicornConfig> = fc
  .record({
    module: moduleArb,
    port: fc.integer(LIMITS.port),
    workers: fc.integer(LIMITS.workers),
    threads: fc.integer(LIMITS.threads),
    timeout: fc.integer(LIMITS.timeout),
    accessLog: fc.boolean(),
    eventLoop: fc.constantFrom(
      undefined,
      "uvicorn_worker.UvicornWorker" as const,
      "uvicorn.workers.UvicornWorker" as const,
      "asgi" as const,
    ),
    chdir: fc.option(
      fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join("/")),
      { nil: undefined },
    ),
  })
  .chain((c) => fc.record({ c: fc.constant(c), capped: fc.boolean() }))
  .map(({ c: { chdir, threads, eventLoop, ...rest }, capped }) => {
    const gthread = !eventLoop && threads > 1;
    return {
      ...rest,
      host: "0.0.0.0",
      threads: eventLoop ? 1 : threads,
      workerClass: eventLoop ?? (gthread ? ("gthread" as const) : ("sync" as const)),
      ...(gthread && capped ? { workerConnections: threads } : {}),
      ...(chdir ? { chdir } : {}),
    };
  });

describe("buildCommand / parseCommand", () => {
  it("builds the documented shape", () => {
    expect(
      buildCommand({
        module: "app:app",
        host: "0.0.0.0",
        port: 8000,
        workers: 3,
        threads: 6,
        workerClass: "gthread",
        timeout: 230,
        accessLog: true,
      }),
    ).toBe(
      "gunicorn --workers 3 --threads 6 --worker-class gthread --bind=0.0.0.0:8000 --timeout 230 --access-logfile - app:app",
    );
  });

  it("quotes a factory call, whose parentheses are shell syntax", () => {
    const command = buildCommand({
      module: "app:create_app()",
      host: "0.0.0.0",
      port: 8000,
      workers: 2,
      threads: 1,
      workerClass: "sync",
      timeout: 60,
      accessLog: false,
      chdir: "src",
    });
    expect(command).toBe(
      "gunicorn --workers 2 --threads 1 --worker-class sync --bind=0.0.0.0:8000 --timeout 60 --chdir src 'app:create_app()'",
    );
    expect(parseCommand(command).module).toBe("app:create_app()");
  });

  it("round-trips every valid configuration (property)", () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const command = buildCommand(config);
        expect(command).toMatch(/^gunicorn( [A-Za-z0-9_.:=\/'()-]+)+$/);
        expect(parseCommand(command)).toEqual(config);
      }),
      { numRuns: 500 },
    );
  });

  it("states threads and the worker class for thread workers, and no threads for event loops", () => {
    const base = {
      module: "main:app",
      host: "0.0.0.0",
      port: 8000,
      timeout: 230,
      accessLog: false,
    };
    expect(buildCommand({ ...base, workers: 3, threads: 1, workerClass: "sync" })).toContain(
      "--workers 3 --threads 1 --worker-class sync ",
    );
    const asgi = buildCommand({
      ...base,
      workers: 2,
      threads: 1,
      workerClass: "uvicorn.workers.UvicornWorker",
    });
    expect(asgi).toContain("--workers 2 --worker-class uvicorn.workers.UvicornWorker ");
    expect(asgi).not.toContain("--threads");
    expect(() => buildCommand({ ...base, workers: 2, threads: 4, workerClass: "asgi" })).toThrow(
      /event loop and takes no --threads/,
    );
  });

  it("caps gthread workers' connections with keep-alive off, and only that way", () => {
    const base = {
      module: "app:app",
      host: "0.0.0.0",
      port: 8000,
      timeout: 230,
      accessLog: false,
      workers: 4,
      threads: 32,
      workerClass: "gthread" as const,
    };
    const command = buildCommand({ ...base, workerConnections: 32 });
    expect(command).toContain(
      "--worker-class gthread --worker-connections 32 --keep-alive 0 --bind=",
    );
    expect(parseCommand(command).workerConnections).toBe(32);
    const plain = buildCommand(base);
    const rejects = (text: string, message: RegExp) =>
      expect(() => parseCommand(text)).toThrow(message);
    rejects(plain.replace(" app:app", " --keep-alive 5 app:app"), /--keep-alive must be 0/);
    rejects(plain.replace(" app:app", " --worker-connections 32 app:app"), /come together/);
    rejects(plain.replace(" app:app", " --keep-alive 0 app:app"), /come together/);
    rejects(
      command.replace("--worker-connections 32", "--worker-connections 8"),
      /below --threads/,
    );
    expect(() =>
      buildCommand({ ...base, threads: 1, workerClass: "sync", workerConnections: 1 }),
    ).toThrow(/only for gthread/);
  });

  it("parses the platform's default and the README's example", () => {
    expect(parseCommand("gunicorn --bind=0.0.0.0 --timeout 600 app:app")).toMatchObject({
      port: 8000,
      workers: 1,
      threads: 1,
      workerClass: "sync",
      timeout: 600,
    });
    expect(
      parseCommand("gunicorn --bind=0.0.0.0 --timeout 600 --threads 6 --workers 3 app:app"),
    ).toMatchObject({ workers: 3, threads: 6, workerClass: "gthread" });
  });

  it.each([
    "app:app; rm -rf /",
    "app:app && curl evil",
    "$(reboot)",
    "`id`",
    "app:app|tee",
    "app:create_app('x')",
    "../app:app",
    "app:app\nrm -rf /",
    "app:",
    ":app",
    "app:app()()",
    "app app",
    "",
  ])("rejects the module %j", (module) => {
    expect(isValidModule(module)).toBe(false);
    expect(() =>
      buildCommand({
        module,
        host: "0.0.0.0",
        port: 8000,
        workers: 1,
        threads: 1,
        workerClass: "sync",
        timeout: 30,
        accessLog: false,
      }),
    ).toThrow(CommandSyntaxError);
  });

  it.each([
    "../etc",
    "/abs",
    "src/../..",
    ".hidden",
    "a b",
    "a;b",
    "a$(x)",
    "a/",
    "a//b",
    "~/x",
    "a\\b",
  ])("rejects the chdir %j", (chdir) => {
    expect(isValidChdir(chdir)).toBe(false);
  });

  it("rejects any string outside the grammar without crashing (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        try {
          const config = parseCommand(text);
          expect(buildCommand(config)).toBeTypeOf("string");
        } catch (error) {
          expect(error).toBeInstanceOf(CommandSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["gunicorn --workers 2; rm -rf / app:app", /unknown option|whole number/],
    ["gunicorn --workers 0 app:app", /--workers must be a whole number, got 0/],
    ["gunicorn --bind=0.0.0.0:99999 app:app", /port must be a whole number/],
    [
      "gunicorn --worker-class tornado app:app",
      /must be one of sync, gthread, uvicorn_worker.UvicornWorker/,
    ],
    [
      "gunicorn --workers 2 --threads 4 --worker-class sync app:app",
      /sync worker has exactly one thread/,
    ],
    ["python app.py", /must start with gunicorn/],
    ["gunicorn --workers", /needs a value|app module/],
  ])("explains why %j is refused", (command, message) => {
    expect(() => parseCommand(command)).toThrow(message);
  });
});
