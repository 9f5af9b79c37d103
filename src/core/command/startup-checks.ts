// Checks on a startup command before it is written: that the rewrite reads back as the shell
// would read it, and that a lone server step being replaced serves the app we serve.
import type { GunicornConfig } from "./command.js";
import { readStartupCommand, type ServerStep } from "./startup-command.js";

/**
 * Why a rewritten command must not be written, or undefined when it parses, keeps every other
 * step as it was, and states the settings with nothing left to compute.
 */
export function checkRetune(before: string, after: string): string | undefined {
  const was = readStartupCommand(before);
  const now = readStartupCommand(after);
  const refuse = (why: string) =>
    `gunicorn-tuner's rewrite of the site's startup command ${why}, so nothing was written. Please report this with the command.`;
  if (now.kind === "unparsed") return refuse(`would not parse (${now.problem.what})`);
  if (now.kind !== "gunicorn" || was.kind !== "gunicorn") return refuse("lost its gunicorn step");
  const others = (text: string, steps: typeof now.steps, skip: unknown) =>
    steps.filter((s) => s !== skip).map((s) => text.slice(s.start, s.end));
  const kept = others(before, was.steps, was.gunicorn.step);
  const left = others(after, now.steps, now.gunicorn.step);
  if (kept.join("\n") !== left.join("\n")) return refuse("would change its other steps");
  if (now.gunicorn.unread.length > 0 || now.gunicorn.module !== was.gunicorn.module) {
    return refuse("would not state the settings or the app module plainly");
  }
  return undefined;
}

/** `pkg.mod:app` (in `chdir`) → `chdir/pkg/mod.py`. */
function moduleFile(config: GunicornConfig): string {
  const file = `${config.module.split(":")[0]!.replace(/\./g, "/")}.py`;
  return config.chdir ? `${config.chdir}/${file}` : file;
}

/** Modules the servers find by themselves when given none (flask run, fastapi run). */
const DISCOVERED: Readonly<Record<string, readonly string[]>> = {
  flask: ["app", "wsgi"],
  fastapi: ["main", "app", "api"],
};

/**
 * Whether a lone server step starts the app gunicorn-tuner would serve: `uvicorn` and friends
 * on the same module, `flask run` / `fastapi run` finding it, or `python <its file>` where that
 * file starts its own development server.
 */
export function servesThisApp(
  server: ServerStep,
  config: GunicornConfig,
  files: ReadonlyMap<string, string>,
): boolean {
  const ours = config.module.split(":")[0]!;
  const target = server.target;
  if (target === undefined) return false;
  if (server.program === "python") {
    const file = target.replace(/^\/home\/site\/wwwroot\//, "").replace(/^\.\//, "");
    const source = files.get(file);
    return (
      file === moduleFile(config) &&
      source !== undefined &&
      /if\s+__name__\s*==\s*["']__main__["']/.test(source) &&
      /\.run\(/.test(source)
    );
  }
  if (target === "") return DISCOVERED[server.program]?.includes(ours) ?? false;
  const module = target.endsWith(".py")
    ? target.slice(0, -3).replace(/^\.\//, "").replace(/\//g, ".")
    : target.split(":")[0]!;
  return module === ours;
}
