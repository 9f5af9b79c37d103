// The one adapter over Kudu's container logs (the site's SCM host): list the docker log files
// and read the ones written since a time, each bounded in size and time. Kudu accepts an Entra
// bearer token for the management scope (../shared/AZURE-NOTES.md), the same credential as ARM.
import type { TokenCredential } from "@azure/identity";

/** The tail of each log file read at most, and how many files. */
const MAX_BYTES = 1024 * 1024;
const MAX_FILES = 10;
const TIMEOUT_MS = 30_000;

interface LogFile {
  readonly href?: string;
  readonly lastUpdated?: string;
}

export class KuduLogs {
  constructor(
    private readonly credential: TokenCredential,
    private readonly armEndpoint: string,
  ) {}

  /** The text of the docker logs updated since `since`, newest first. */
  async dockerLogs(scmOrigin: string, since: number): Promise<string[]> {
    const token = await this.credential.getToken(`${this.armEndpoint}/.default`);
    const headers = { authorization: `Bearer ${token?.token ?? ""}` };
    const list = (await this.get(`${scmOrigin}/api/logs/docker`, headers, "json")) as LogFile[];
    const files = (Array.isArray(list) ? list : [])
      .filter(
        (f) => f.href?.startsWith(`${scmOrigin}/`) && Date.parse(f.lastUpdated ?? "") >= since,
      )
      .sort((a, b) => Date.parse(b.lastUpdated!) - Date.parse(a.lastUpdated!))
      .slice(0, MAX_FILES);
    const texts: string[] = [];
    for (const f of files) texts.push((await this.get(f.href!, headers, "text")) as string);
    return texts;
  }

  private async get(url: string, headers: Record<string, string>, as: "json" | "text") {
    const res = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
    if (!res.ok) throw new Error(`Kudu answered ${res.status} for ${new URL(url).pathname}`);
    const text = await res.text();
    if (as === "json") {
      if (text.length > MAX_BYTES) throw new Error("Kudu's list of log files is too large");
      return JSON.parse(text);
    }
    // The newest lines are at the end: keep the tail of a large file.
    return text.length > MAX_BYTES ? text.slice(text.length - MAX_BYTES) : text;
  }
}
