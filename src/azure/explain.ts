// One sentence for a failed Azure call: what was asked, the status and code, the server's own
// text (one line, no workflow commands), and what to check.
import { neutralize } from "../core/report/log-text.js";

export interface Hints {
  /** The role the call needs, for 401 and 403. */
  readonly role: string;
  /** What to check on a 404. */
  readonly notFound: string;
}

export function explain(error: unknown, action: string, hints: Hints): string {
  const e = error as { statusCode?: number; code?: string; message?: string; name?: string };
  if (e.name === "ResponseBoundError" && /over \d+ MB/.test(e.message ?? "")) {
    return `Azure's answer was cut off when asked to ${action}: ${neutralize(e.message ?? "")}.`;
  }
  if (
    e.name === "ResponseBoundError" ||
    e.name === "AbortError" ||
    e.code === "REQUEST_SEND_ERROR" ||
    e.name === "TimeoutError"
  ) {
    return `Azure did not answer in time when asked to ${action} (${neutralize(e.message ?? String(error))}). Check arm-endpoint and the runner's network, then run again.`;
  }
  const status = e.statusCode
    ? `HTTP ${e.statusCode}${e.code ? ` ${e.code}` : ""}`
    : (e.code ?? "no response");
  const base = `Azure refused to ${action} (${status}): ${neutralize(e.message ?? String(error))}`;
  if (e.statusCode === 401 || e.statusCode === 403) {
    return `${base}. The signed-in identity needs the ${hints.role} role on the web app (or on its resource group).`;
  }
  if (e.statusCode === 404) return `${base}. ${hints.notFound}`;
  return base;
}
