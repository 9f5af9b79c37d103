// A loopback stand-in for the GitHub endpoints the comment mode uses, with GitHub's shapes:
// paginated issue comments (Link headers), create, update, delete; GET /user (403 for an app
// installation token, as GitHub answers the workflow's GITHUB_TOKEN) and GraphQL's viewer;
// optional 403 on writes as a fork PR's read-only token gets, and optional latency. It records
// every request for assertions. Tokens starting ghp_ act as the user "octocat"; any other acts
// as github-actions[bot].
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly auth: string | undefined;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: Recorded[];
  readonly comments: FakeComment[];
  forbidWrites: boolean;
  /** Milliseconds every response waits, to let racing runs overlap. */
  latencyMs: number;
  close(): Promise<void>;
}

function identityOf(auth: string | undefined): { login: string; type: string } {
  const token = (auth ?? "").replace(/^(token|bearer) /i, "");
  return token.startsWith("ghp_")
    ? { login: "octocat", type: "User" }
    : { login: "github-actions[bot]", type: "Bot" };
}

export async function startFakeGitHub(
  owner: string,
  repo: string,
  issue: number,
): Promise<FakeGitHub> {
  let nextId = 1000;
  const state = {
    requests: [] as Recorded[],
    comments: [] as FakeComment[],
    forbidWrites: false,
    latencyMs: 0,
  };
  const listPath = `/repos/${owner}/${repo}/issues/${issue}/comments`;
  const updatePath = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`);
  let base = "";

  const shape = (c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    body: c.body,
    user: c.user,
    created_at: "2026-11-24T00:00:00Z",
    updated_at: "2026-11-24T00:00:00Z",
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : undefined;
    state.requests.push({
      method: req.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      body,
      auth: req.headers.authorization,
    });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(payload));
    };
    if (state.latencyMs) await new Promise((r) => setTimeout(r, state.latencyMs));
    if (/^(token|bearer) bad/i.test(req.headers.authorization ?? "")) {
      return send(401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
        status: "401",
      });
    }
    const who = identityOf(req.headers.authorization);
    if (req.method === "GET" && url.pathname === "/user") {
      if (who.type === "Bot") {
        return send(403, {
          message: "Resource not accessible by integration",
          documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
          status: "403",
        });
      }
      return send(200, { login: who.login, id: 1, type: who.type });
    }
    if (req.method === "POST" && url.pathname === "/graphql") {
      return send(200, { data: { viewer: { login: who.login } } });
    }
    const isWrite = req.method === "POST" || req.method === "PATCH" || req.method === "DELETE";
    if (isWrite && state.forbidWrites) {
      return send(403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments",
        status: "403",
      });
    }
    if (req.method === "GET" && url.pathname === listPath) {
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const page = Number(url.searchParams.get("page") ?? 1);
      const last = Math.max(1, Math.ceil(state.comments.length / perPage));
      const links: string[] = [];
      const link = (p: number, rel: string) =>
        `<${base}${listPath}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
      if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
      const slice = state.comments.slice((page - 1) * perPage, page * perPage).map(shape);
      return send(200, slice, links.length ? { link: links.join(", ") } : {});
    }
    if (req.method === "POST" && url.pathname === listPath) {
      const comment = {
        id: nextId++,
        body: body.body,
        user: who,
      };
      state.comments.push(comment);
      return send(201, shape(comment));
    }
    const m = url.pathname.match(updatePath);
    if (req.method === "PATCH" && m) {
      const comment = state.comments.find((c) => c.id === Number(m[1]));
      if (!comment) return send(404, { message: "Not Found" });
      if (comment.user.login !== who.login) {
        return send(403, { message: "Must have admin rights to Repository." });
      }
      comment.body = body.body;
      return send(200, shape(comment));
    }
    if (req.method === "DELETE" && m) {
      const at = state.comments.findIndex((c) => c.id === Number(m[1]));
      if (at < 0) return send(404, { message: "Not Found" });
      state.comments.splice(at, 1);
      res.writeHead(204);
      return void res.end();
    }
    return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: base,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Comments by other people, to push ours past the first page. */
export function otherComments(n: number): FakeComment[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    body: `LGTM ${i + 1}`,
    user: { login: "reviewer", type: "User" },
  }));
}

/** Requests that change something on GitHub (GraphQL's viewer query only reads). */
export function isWrite(r: Recorded): boolean {
  return r.method !== "GET" && r.path !== "/graphql";
}
