// The inputs of the health check after a write: how long to wait, where the site answers, and
// which path says it is healthy. Defaults come from the site itself (its host name and
// healthCheckPath), read by the Azure edge.
import { InputError } from "../inputs/errors.js";
import { integer } from "../inputs/input-values.js";

export interface HealthInputs {
  /** Seconds to wait for the site after a write; 0 skips the check. */
  readonly timeoutSeconds: number;
  /** Where the site answers; undefined for https:// and its default host name. */
  readonly siteUrl: string | undefined;
  /** The path to poll; undefined for the site's healthCheckPath, else "/". */
  readonly path: string | undefined;
}

/** App Service gives a container 230 s to start (WEBSITES_CONTAINER_START_TIME_LIMIT). */
export const DEFAULT_HEALTH_TIMEOUT = "300";
const PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,255}$/;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function parseHealth(get: (name: string) => string): HealthInputs {
  const path = get("health-path");
  if (path !== "" && !PATH.test(path)) {
    throw new InputError("health-path", path, "use a path that starts with / (e.g. /healthz)");
  }
  return {
    timeoutSeconds: integer("health-timeout", get("health-timeout"), 0, 1800),
    siteUrl: parseSiteUrl(get("site-url")),
    path: path || undefined,
  };
}

function parseSiteUrl(value: string): string | undefined {
  if (value === "") return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // Plain http only where it never leaves the machine (a local stand-in or a tunnel).
  const secure =
    url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK.has(url.hostname));
  if (!url || !secure || url.search || url.hash || url.pathname !== "/") {
    throw new InputError(
      "site-url",
      value,
      "use the site's https:// address without a path, e.g. https://shop.azurewebsites.net",
    );
  }
  return url.origin;
}
