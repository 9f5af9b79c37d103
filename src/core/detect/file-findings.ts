// Findings about the files themselves, before anything is read from them: files the scan could
// not read, and files left mid-merge, which Python refuses to import.
import type { Finding } from "../report/findings.js";
import { MAX_FILE_BYTES, type AppSnapshot, type UnreadFile } from "./snapshot.js";

type At = (file: string, line?: number) => Pick<Finding, "file" | "line">;

const UNREAD_WHY: Readonly<Record<UnreadFile["reason"], string>> = {
  "too-large": `it is larger than ${MAX_FILE_BYTES / 1048576} MiB, so the checks could not look inside it. If it holds the app, set app-module`,
  "outside-repository": "it is a link to a file outside the repository",
  unreadable:
    "the runner may not open it (its permissions). Make it readable to the job, or the checks cannot look inside it",
  budget:
    "the scan had read as much of the repository as one run reads. Point working-directory at the app's own folder",
  "not-text": "it is not text in an encoding pip or Python reads (UTF-8, or UTF-16 with a BOM)",
};

export function unreadFindings(snap: Pick<AppSnapshot, "unread">, at: At): Finding[] {
  return snap.unread.map((u) => ({
    level: "warning" as const,
    message: `${u.path} was not read: ${UNREAD_WHY[u.reason]}.`,
    ...at(u.path),
  }));
}

const CONFLICT = /^(<{7}|>{7})( |$)/m;

/** `<<<<<<< HEAD` left in a Python file: importing it fails with a SyntaxError at boot. */
export function conflictFindings(snap: Pick<AppSnapshot, "files">, at: At): Finding[] {
  const out: Finding[] = [];
  for (const [file, text] of snap.files) {
    if (!file.endsWith(".py")) continue;
    const match = CONFLICT.exec(text);
    if (!match) continue;
    const line = text.slice(0, match.index).split("\n").length;
    out.push({
      level: "warning",
      message: `${file} holds an unresolved merge conflict at line ${line}; Python refuses to import it, so a worker that imports it fails at boot. Resolve the conflict.`,
      ...at(file, line),
    });
  }
  return out;
}
