// io-profile auto with no site to measure: an informed guess from what the request handlers do.
// A handler that calls a language model or another remote service waits on the network for most
// of each request (io-bound); one that only computes locally holds the core (cpu-bound); a
// database alone, or nothing recognisable, is the typical mix.
import type { SyntaxNode } from "@lezer/common";
import { moduleFiles } from "../python/python-modules.js";
import { walk } from "../python/python-nodes.js";
import type { AppSnapshot } from "../detect/snapshot.js";
import { appTrees, type PythonTree } from "../shared-state/python-tree.js";
import { handlers } from "../shared-state/stores.js";
import type { IoProfile } from "../sizing/presets.js";
import { callsIn, kindOf, moduleClients, type HandlerCall } from "./handler-calls.js";

export interface InferredProfile {
  readonly profile: IoProfile;
  /** The call that decided it; undefined when nothing recognisable was found. */
  readonly because: HandlerCall | undefined;
  /** A handler that streams its answer holds its thread until the last chunk. */
  readonly streaming: { readonly file: string; readonly line: number } | undefined;
}

/** Calls that send a response in pieces, or ask a model to. */
const STREAMING =
  /(^|\.)(stream_with_context|StreamingResponse|EventSourceResponse|StreamingHttpResponse)$/;
/** How many of the app's own functions deep a handler's calls are followed. */
const MAX_HOPS = 2;

export function inferProfile(snap: Pick<AppSnapshot, "files" | "listings">): InferredProfile {
  const trees = appTrees(snap.files);
  const byFile = new Map(trees.map((t) => [t.file, t]));
  const clients = new Map(trees.map((t) => [t, moduleClients(t)]));
  const found: HandlerCall[] = [];
  let streaming: InferredProfile["streaming"];
  for (const tree of trees) {
    for (const def of handlers(tree)) {
      const handler = tree.text(def.getChild("VariableName") ?? def).slice(0, 80);
      const seen = new Set<SyntaxNode>();
      const visit = (t: PythonTree, body: SyntaxNode, hops: number) => {
        if (seen.has(body)) return;
        seen.add(body);
        if (!streaming && yields(body)) streaming = { file: t.file, line: t.line(body) };
        for (const { node, callee } of callsIn(t, body, clients.get(t)!)) {
          const kind = kindOf(callee);
          if (kind) found.push({ kind, file: t.file, line: t.line(node), callee, handler });
          if (!streaming && (STREAMING.test(callee) || streamsModel(t, node, kind)))
            streaming = { file: t.file, line: t.line(node) };
          const next = hops < MAX_HOPS ? ownFunction(snap, byFile, t, callee) : undefined;
          if (next) visit(next.tree, next.def, hops + 1);
        }
      };
      visit(tree, def, 0);
    }
  }
  const first = (...kinds: string[]) => found.find((c) => kinds.includes(c.kind));
  const remote = first("llm") ?? first("remote");
  if (remote) return { profile: "io-bound", because: remote, streaming };
  const compute = first("compute");
  if (compute && !first("database")) return { profile: "cpu-bound", because: compute, streaming };
  return { profile: "mixed", because: first("database"), streaming };
}

/** A handler that is a generator sends its answer as it goes. */
function yields(def: SyntaxNode): boolean {
  if (def.name !== "FunctionDefinition") return false;
  let found = false;
  walk(def.getChild("Body") ?? def, (n) => {
    if (n.name === "yield") found = true;
  });
  return found;
}

/** `client.chat.completions.create(..., stream=True)`. */
function streamsModel(tree: PythonTree, call: SyntaxNode, kind: string | undefined): boolean {
  if (kind !== "llm") return false;
  const stream = tree.keywords(call).get("stream");
  return stream !== undefined && tree.text(stream) === "True";
}

/** A function of the app's own that a call reaches: in the same file, or imported from one. */
function ownFunction(
  snap: Pick<AppSnapshot, "files" | "listings">,
  byFile: ReadonlyMap<string, PythonTree>,
  tree: PythonTree,
  callee: string,
): { tree: PythonTree; def: SyntaxNode } | undefined {
  const local = !callee.includes(".") ? topFunction(tree, callee) : undefined;
  if (local) return { tree, def: local };
  const dot = callee.lastIndexOf(".");
  if (dot < 0) return undefined;
  for (const file of moduleFiles(snap, tree.file, callee.slice(0, dot))) {
    const other = byFile.get(file);
    const def = other && topFunction(other, callee.slice(dot + 1));
    if (def) return { tree: other, def };
  }
  return undefined;
}

function topFunction(tree: PythonTree, name: string): SyntaxNode | undefined {
  for (let n = tree.top.firstChild; n; n = n.nextSibling) {
    const def = n.name === "DecoratedStatement" ? n.getChild("FunctionDefinition") : n;
    if (def?.name === "FunctionDefinition" && tree.text(def.getChild("VariableName")!) === name)
      return def;
  }
  return undefined;
}
