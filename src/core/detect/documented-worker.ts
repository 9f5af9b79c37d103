// The worker class a WSGI app documents for itself: gevent (or eventlet) patched in at import,
// or named in its own start command or gunicorn.conf.py. Such an app relies on cooperative I/O
// (websockets, long polling), so it is served by that worker, never switched to gthread.
import { configSized, DEFAULT_CONFIG_FILE, readConfigFile } from "../command/gunicorn-settings.js";
import { gunicornSteps } from "../command/startup-command.js";
import { guaranteesBelow, type BuildInputs } from "./dependencies.js";
import type { AppSnapshot } from "./snapshot.js";

/** gunicorn 26 removed the eventlet worker. */
const EVENTLET_REMOVED_IN = "26";

export type DocumentedWorker =
  | { readonly workerClass: "gevent" | "eventlet"; readonly why: string }
  | { readonly error: string };

export function documentedWorker(
  snap: Pick<AppSnapshot, "files">,
  build: BuildInputs,
  startupFiles: readonly string[],
): DocumentedWorker | undefined {
  const named = namedWorker(snap, startupFiles);
  const from = build.file ?? "the build input";
  if (build.dependencies.has("gevent") && (named?.worker === "gevent" || patched(snap, "gevent"))) {
    const where =
      named?.worker === "gevent"
        ? `${named.file} starts it with -k gevent`
        : "the app patches gevent in at import";
    return {
      workerClass: "gevent",
      why: `${from} installs gevent and ${where}: one gevent worker per vCPU runs many requests as greenlets, so --worker-connections, not threads, sizes it.`,
    };
  }
  if (
    build.dependencies.has("eventlet") &&
    (named?.worker === "eventlet" || patched(snap, "eventlet"))
  ) {
    const gunicorn = build.dependencies.get("gunicorn")?.specs ?? [];
    if (!guaranteesBelow(gunicorn, EVENTLET_REMOVED_IN)) {
      return {
        error: `The app runs on eventlet, whose gunicorn worker gunicorn ${EVENTLET_REMOVED_IN} removed. Pin gunicorn<${EVENTLET_REMOVED_IN} in ${from}, or move to gevent; a threaded worker would break its cooperative I/O.`,
      };
    }
    return {
      workerClass: "eventlet",
      why: `${from} installs eventlet and keeps gunicorn below ${EVENTLET_REMOVED_IN}, which still has its worker: one eventlet worker per vCPU runs many requests as greenlets.`,
    };
  }
  return undefined;
}

/** `monkey.patch_all()` (gevent) or `eventlet.monkey_patch()` in the app's Python. */
function patched(snap: Pick<AppSnapshot, "files">, library: "gevent" | "eventlet"): boolean {
  const call =
    library === "gevent" ? /monkey\s*\.\s*patch_all\s*\(/ : /eventlet\s*\.\s*monkey_patch\s*\(/;
  for (const [file, text] of snap.files) {
    if (file.endsWith(".py") && text.includes(library) && call.test(text)) return true;
  }
  return false;
}

/** The worker class the repository's own start command or gunicorn.conf.py names. */
function namedWorker(
  snap: Pick<AppSnapshot, "files">,
  startupFiles: readonly string[],
): { worker: string; file: string } | undefined {
  for (const file of startupFiles) {
    for (const g of gunicornSteps(snap.files.get(file) ?? "")) {
      const worker = g.settings.workerClass;
      if (worker === "gevent" || worker === "eventlet") return { worker, file };
    }
  }
  const conf = snap.files.get(DEFAULT_CONFIG_FILE);
  const worker = conf === undefined ? undefined : configSized(readConfigFile(conf)).workerClass;
  return worker === "gevent" || worker === "eventlet"
    ? { worker, file: DEFAULT_CONFIG_FILE }
    : undefined;
}
