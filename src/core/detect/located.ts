// Where the app was found: what gunicorn loads, from which folder, and what was noticed on the way.
import type { AppObject } from "../python/app-object.js";
import type { Finding } from "../report/findings.js";

export interface Located {
  readonly file: string;
  readonly module: string;
  readonly chdir: string | undefined;
  /** The name gunicorn looks up; `factory` says it is called first. */
  readonly callable: string;
  readonly factory: boolean;
  /** Undefined when the file's object could not be recognised. */
  readonly object: AppObject | undefined;
  readonly findings: readonly Finding[];
}

export type At = (rel: string, line?: number) => Pick<Finding, "file" | "line">;
