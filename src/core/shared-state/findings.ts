// The shared-state checks as findings: each hazard with what several workers would break and
// the way out, and SQLite written by the app whatever the workers.
import type { Finding } from "../report/findings.js";
import { CONSEQUENCES, type Hazard, type SharedState } from "./kinds.js";

type At = (rel: string, line?: number) => Pick<Finding, "file" | "line">;

export function sharedStateFindings(
  state: SharedState,
  allowMultiple: boolean,
  workers: number,
  at: At,
): Finding[] {
  return [
    ...state.hazards.map((h) => hazardFinding(h, allowMultiple, workers, at)),
    ...state.sqlite.map((use) => ({
      level: "warning" as const,
      message: `${capital(use.what)} that the app writes: writers in several workers or threads wait on each other's locks, and App Service's /home is a network share where SQLite's locking is unreliable. Keep data that must last in Azure Database for PostgreSQL or MySQL.`,
      ...at(use.file, use.line),
    })),
  ];
}

function hazardFinding(hazard: Hazard, allowMultiple: boolean, workers: number, at: At): Finding {
  const { breaks, wayOut } = CONSEQUENCES[hazard.kind];
  const found = `${capital(hazard.what)}: with several workers ${breaks}.`;
  const where = at(hazard.file, hazard.line);
  if (allowMultiple && workers > 1) {
    return {
      level: "warning",
      message: `${found} allow-multiple-workers is set, so the command runs ${workers} workers anyway; ${wayOut} to make that safe.`,
      ...where,
    };
  }
  return {
    level: "notice",
    message: `${found} The command keeps one worker; to use more, ${wayOut}, or set allow-multiple-workers: true.`,
    ...where,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
