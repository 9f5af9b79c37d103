// A loopback stand-in for the site itself: after each configuration write it restarts as App
// Service does (the old process answers a moment longer, then the front end answers 503 while
// the container starts), and then answers as the scenario says for the command it now runs.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeArm } from "./fake-arm.js";

export interface FakeSite {
  readonly url: string;
  /** Every request the site saw: path and the status it answered. */
  readonly seen: { path: string; status: number }[];
  close(): Promise<void>;
}

export interface SiteScenario {
  /** The status the health path answers once the container runs `command`. */
  readonly answer: (command: string) => number;
  /** How long the old process still answers after a write, and how long the restart takes. */
  readonly oldMs?: number;
  readonly restartMs?: number;
}

export async function startFakeSite(
  arm: FakeArm,
  key: string,
  scenario: SiteScenario,
): Promise<FakeSite> {
  let running = String(arm.configs.get(key)?.appCommandLine ?? "");
  let downFrom = Infinity;
  let upAt = 0;
  const seen: { path: string; status: number }[] = [];
  arm.onConfigWrite((written, config) => {
    if (written !== key) return;
    const next = String(config.appCommandLine ?? "");
    const now = Date.now();
    downFrom = now + (scenario.oldMs ?? 100);
    upAt = downFrom + (scenario.restartMs ?? 400);
    setTimeout(() => (running = next), upAt - now);
  });
  const server: Server = createServer((req, res) => {
    const now = Date.now();
    const status = now >= downFrom && now < upAt ? 503 : scenario.answer(running);
    seen.push({ path: req.url ?? "", status });
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(status === 200 ? "ok" : "unavailable");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
