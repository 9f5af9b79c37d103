// The worker class an ASGI app needs, from what the app's own build installs. A sync or gthread
// worker boots an ASGI app and then fails every request, so there is no WSGI fallback.
import { guaranteesAtLeast, type BuildInputs } from "./dependencies.js";

export type AsgiWorkerClass =
  "uvicorn_worker.UvicornWorker" | "uvicorn.workers.UvicornWorker" | "asgi";

/** gunicorn's own ASGI worker is stable from 25.1 (beta since 24.0). */
export const GUNICORN_ASGI_SINCE = "25.1";
/** Extras of these packages pull in uvicorn. */
const BRINGS_UVICORN: Readonly<Record<string, readonly string[]>> = {
  fastapi: ["standard", "all"],
};

export type AsgiWorkerChoice =
  | { readonly workerClass: AsgiWorkerClass; readonly why: string }
  /** No ASGI worker installed: the error says what to add; the class is the one it brings. */
  | { readonly error: string; readonly workerClass: AsgiWorkerClass; readonly why: string };

export function chooseAsgiWorker(build: BuildInputs): AsgiWorkerChoice {
  const deps = build.dependencies;
  const from = build.file ?? "the build input";
  if (deps.has("uvicorn-worker")) {
    return {
      workerClass: "uvicorn_worker.UvicornWorker",
      why: `An ASGI app needs an event-loop worker; ${from} installs uvicorn-worker, whose uvicorn_worker.UvicornWorker is the one App Service's own start-up uses for FastAPI.`,
    };
  }
  const viaExtra = Object.entries(BRINGS_UVICORN).find(([pkg, extras]) =>
    deps.get(pkg)?.extras.some((e) => extras.includes(e)),
  );
  if (deps.has("uvicorn") || viaExtra) {
    const source = deps.has("uvicorn") ? "uvicorn" : `${viaExtra![0]}[${viaExtra![1][0]}]`;
    return {
      workerClass: "uvicorn.workers.UvicornWorker",
      why: `An ASGI app needs an event-loop worker; ${from} installs ${source}, which ships uvicorn.workers.UvicornWorker (deprecated upstream in favour of the uvicorn-worker package, still shipped).`,
    };
  }
  const gunicorn = [
    ...(deps.get("gunicorn")?.specs ?? []),
    ...(build.constraints.get("gunicorn") ?? []),
  ];
  if (guaranteesAtLeast(gunicorn, GUNICORN_ASGI_SINCE)) {
    return {
      workerClass: "asgi",
      why: `An ASGI app needs an event-loop worker; ${from} pins gunicorn ≥ ${GUNICORN_ASGI_SINCE}, whose own asgi worker serves it without uvicorn.`,
    };
  }
  // Never a sync or gthread command for an ASGI app: the command is the one the fix makes work.
  return {
    error: `This is an ASGI app, which gunicorn's sync and gthread workers cannot serve (they boot, then fail every request), and ${from} installs no ASGI worker. Add uvicorn-worker (it brings uvicorn) to ${from}, as the command assumes, or pin gunicorn>=${GUNICORN_ASGI_SINCE} and use --worker-class asgi.`,
    workerClass: "uvicorn_worker.UvicornWorker",
    why: `An ASGI app needs an event-loop worker: uvicorn_worker.UvicornWorker, once ${from} installs uvicorn-worker.`,
  };
}
