// What request handlers call, by kind: a language model or another remote service (the request
// waits on the network), local computation (it holds the core), a database. Read with the
// parser from the handler and the app's own functions it calls, two calls deep.
import type { SyntaxNode } from "@lezer/common";
import { walk } from "../python/python-nodes.js";
import type { PythonTree } from "../shared-state/python-tree.js";

export type CallKind = "llm" | "remote" | "compute" | "database";

export interface HandlerCall {
  readonly kind: CallKind;
  readonly file: string;
  readonly line: number;
  /** The call as resolved through the imports, e.g. `openai.OpenAI.chat.completions.create`. */
  readonly callee: string;
  readonly handler: string;
}

const LIBRARIES: readonly (readonly [RegExp, CallKind])[] = [
  [
    /^(openai|anthropic|azure\.ai\.(inference|openai)|langchain\w*|llama_index|google\.(generativeai|genai)|cohere|mistralai|groq|ollama|litellm|semantic_kernel)\b/,
    "llm",
  ],
  [
    /^(requests|httpx|aiohttp|urllib3|urllib\.request|http\.client|boto3|botocore|azure\.(storage|cosmos|servicebus|search|keyvault|identity)|google\.cloud|grpc|smtplib|stripe|twilio|sendgrid|elasticsearch)\b/,
    "remote",
  ],
  [/^(numpy|pandas|PIL|sklearn|scipy|cv2|torch|tensorflow|polars|matplotlib)\b/, "compute"],
  [
    /^(sqlalchemy|flask_sqlalchemy|psycopg2?|psycopg|pymysql|MySQLdb|pymongo|motor|redis|asyncpg|sqlite3|databases|tortoise|peewee|django\.db)\b/,
    "database",
  ],
];

export function kindOf(callee: string): CallKind | undefined {
  return LIBRARIES.find(([pattern]) => pattern.test(callee))?.[1];
}

/** Top-level `name = lib.Client(...)`: a call on `name` is a call into `lib`. */
export function moduleClients(tree: PythonTree): Map<string, string> {
  const out = new Map<string, string>();
  for (let n = tree.top.firstChild; n; n = n.nextSibling) {
    if (n.name !== "AssignStatement") continue;
    const target = n.firstChild;
    const value = n.lastChild;
    if (target?.name !== "VariableName" || value?.name !== "CallExpression") continue;
    const callee = tree.callee(value);
    if (kindOf(callee)) out.set(tree.text(target), callee);
  }
  return out;
}

/** Every call inside `body`, resolved through the imports and the module's clients. */
export function callsIn(
  tree: PythonTree,
  body: SyntaxNode,
  clients: ReadonlyMap<string, string>,
): { node: SyntaxNode; callee: string }[] {
  const out: { node: SyntaxNode; callee: string }[] = [];
  walk(body, (n) => {
    if (n.name !== "CallExpression") return;
    const callee = tree.callee(n);
    // `requests.get(url).json()`: the inner call is visited on its own.
    if (callee.includes("(")) return;
    const [head, ...rest] = callee.split(".");
    const client = clients.get(head!);
    out.push({ node: n, callee: client ? [client, ...rest].join(".") : callee });
  });
  return out;
}
