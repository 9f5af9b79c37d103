// What the report says of each way the repository starts its app: App Service runs none of them
// by itself, so each one that starts another server, or another module, is named beside what the
// startup command serves instead.
import type { Finding } from "../report/findings.js";
import type { At } from "./located.js";
import { DOCKERFILE, type EntryPoint } from "./entry-points.js";
import { baseName } from "./paths.js";

/** How each kind of file reaches App Service, or does not. */
export function howRead(file: string): string {
  const name = baseName(file);
  if (name === DOCKERFILE) return "App Service's code deployment does not use a Dockerfile";
  if (name === "Procfile") return "App Service does not read a Procfile";
  if (name === ".flaskenv") return "App Service does not run `flask run`";
  return `App Service runs ${file} only when the site's startup command names it`;
}

export function entryNotices(
  starts: readonly EntryPoint[],
  served: string | undefined,
  at: At,
): Finding[] {
  const serves = served ? `starts gunicorn serving ${served}` : "needs an app gunicorn can load";
  return starts.flatMap((start) => {
    const sameApp = served !== undefined && sameModule(start, served);
    // A gunicorn start of the same app says nothing new; the edits to its flags are elsewhere.
    if (start.program === "gunicorn" && sameApp) return [];
    const what =
      start.program === "gunicorn"
        ? `starts gunicorn with ${start.target || "no module"}`
        : `starts ${start.target ? `${start.target} with` : "the app with"} ${start.program}, not gunicorn`;
    return [
      {
        level: "notice" as const,
        message: `${start.file} line ${start.line} ${what} (\`${start.text}\`). ${howRead(start.file)}; the startup command this run gives ${serves}.`,
        ...at(start.file, start.line),
      },
    ];
  });
}

function sameModule(start: EntryPoint, served: string): boolean {
  const [module, callable] = served.split(":");
  const [target, named] = (start.target ?? "").split(":");
  return target === module && (named ?? "application") === callable?.replace(/\(\)$/, "");
}
