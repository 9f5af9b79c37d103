// Brings the site's startup command in line with the recommendation: read first, write only
// when different (a config write restarts the app), never on a dry run or when blocked.
import type { SiteConfig } from "./app-service.js";
import { sameMeaning } from "../core/command.js";
import { neutralize } from "../core/log-text.js";
import type { SiteState } from "../core/report.js";

export interface StartupCommandStore {
  describe(): string;
  readStartupCommand(): Promise<SiteConfig>;
  writeStartupCommand(command: string): Promise<void>;
}

export interface SyncRequest {
  /** Undefined when the app could not be located. */
  readonly command: string | undefined;
  /** False in comment/output mode: only read what the site has, for the report. */
  readonly apply: boolean;
  readonly dryRun: boolean;
  /** Layout errors: the app would not start, so nothing is written. */
  readonly blocked: boolean;
}

export class WriteNotKeptError extends Error {
  override name = "WriteNotKeptError";
}

export class NotPythonOnLinuxError extends Error {
  override name = "NotPythonOnLinuxError";
}

export async function syncStartupCommand(
  store: StartupCommandStore,
  request: SyncRequest,
): Promise<SiteState> {
  const config = await store.readStartupCommand();
  if (!/^python\|/i.test(config.linuxFxVersion)) {
    const stack = config.linuxFxVersion
      ? `its stack is ${JSON.stringify(config.linuxFxVersion)}`
      : "it has no Linux stack (a Windows app?)";
    throw new NotPythonOnLinuxError(
      `${store.describe()} is not a Python app on App Service for Linux: ${stack}. gunicorn-tuner only sets startup commands for Linux Python apps (linuxFxVersion PYTHON|3.x).`,
    );
  }
  const previous = config.appCommandLine.trim() || undefined;
  const state = (outcome: SiteState["outcome"]): SiteState => ({
    site: store.describe(),
    previous,
    outcome,
  });
  if (!request.apply) return state("read");
  if (request.blocked || request.command === undefined) return state("blocked");
  if (previous !== undefined && sameMeaning(previous, request.command)) return state("unchanged");
  if (request.dryRun) return state("dry-run");
  await store.writeStartupCommand(request.command);
  // Report success only for what the site kept: read the value back.
  const kept = (await store.readStartupCommand()).appCommandLine.trim();
  if (kept !== request.command) {
    throw new WriteNotKeptError(
      `${store.describe()} accepted the new startup command but did not keep it: it still reads ${JSON.stringify(neutralize(kept || "(empty)"))}. Check for a policy or deployment that resets appCommandLine, then run again.`,
    );
  }
  return state("applied");
}
