// Schedulers and threads the app starts once per worker: at import, in its app factory, or in a
// start-up hook (FastAPI's startup event or lifespan, Quart's before_serving).
import type { SyntaxNode } from "@lezer/common";
import type { Hazard } from "./kinds.js";
import { children, walk } from "../python/python-nodes.js";
import { importTimeStatements, type PythonTree } from "./python-tree.js";

const SCHEDULERS = new Set([
  "BackgroundScheduler",
  "AsyncIOScheduler",
  "GeventScheduler",
  "TornadoScheduler",
  "TwistedScheduler",
  "QtScheduler",
  "BlockingScheduler",
  "AsyncScheduler",
  "Scheduler",
]);
const START_METHODS = new Set(["start", "start_in_background", "run_until_stopped"]);
/** Constructors of app objects: a function that calls one is an app factory. */
const APP_CONSTRUCTOR =
  /^(flask\.Flask|fastapi\.FastAPI|quart\.Quart|starlette\.applications\.Starlette|starlette\.Starlette|litestar\.Litestar)$/;
const STARTUP_HOOK =
  /\.(on_event\(\s*["']startup["']\s*\)|(before_serving|before_first_request|on_startup)\b)/;

export function startedPerWorker(tree: PythonTree): Hazard[] {
  // Function and class bodies at top level run later, not at import.
  const atImport = importTimeStatements(tree).filter(
    (s) => s.name !== "FunctionDefinition" && s.name !== "ClassDefinition",
  );
  const scopes = [
    { statements: atImport, where: "at import" },
    ...perWorkerFunctions(tree).map((def) => ({
      statements: children(def.getChild("Body") ?? def),
      where: `in ${nameOf(tree, def)}(), which each worker runs when it starts`,
    })),
  ];
  const found: Hazard[] = [];
  const moduleLevel = constructorsAssigned(tree, atImport);
  for (const { statements, where } of scopes) {
    const assigned = new Map([...moduleLevel, ...constructorsAssigned(tree, statements)]);
    for (const statement of statements) {
      eachCall(statement, (call) => {
        const hit = started(tree, call, assigned);
        if (hit)
          found.push({
            ...hit,
            file: tree.file,
            line: tree.line(call),
            what: `${hit.what} ${where}`,
          });
      });
    }
  }
  return found;
}

/** App factories and start-up hooks: code that runs once in every worker. */
function perWorkerFunctions(tree: PythonTree): SyntaxNode[] {
  const defs: SyntaxNode[] = [];
  const lifespans = new Set<string>();
  walk(tree.top, (n) => {
    if (n.name === "CallExpression" && APP_CONSTRUCTOR.test(tree.callee(n))) {
      const lifespan = tree.keywords(n).get("lifespan");
      if (lifespan?.name === "VariableName") lifespans.add(tree.text(lifespan));
    }
  });
  for (const statement of importTimeStatements(tree)) {
    const def =
      statement.name === "DecoratedStatement"
        ? statement.getChild("FunctionDefinition")
        : statement;
    if (def?.name !== "FunctionDefinition") continue;
    const decorators = statement.getChildren("Decorator").map((d) => tree.text(d));
    const isHook = decorators.some((d) => STARTUP_HOOK.test(d));
    if (isHook || lifespans.has(nameOf(tree, def)) || constructsApp(tree, def)) defs.push(def);
  }
  return defs;
}

function constructsApp(tree: PythonTree, def: SyntaxNode): boolean {
  let found = false;
  eachCall(def.getChild("Body") ?? def, (call) => {
    if (APP_CONSTRUCTOR.test(tree.callee(call))) found = true;
  });
  return found;
}

/** `name = Constructor(...)` in these statements: name → resolved constructor and its call. */
function constructorsAssigned(
  tree: PythonTree,
  statements: readonly SyntaxNode[],
): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const s of statements) {
    if (s.name !== "AssignStatement") continue;
    const parts = children(s);
    const value = parts[parts.length - 1];
    if (parts[0]?.name === "VariableName" && value?.name === "CallExpression")
      out.set(tree.text(parts[0]), value);
  }
  return out;
}

/** A call that starts a scheduler or a thread, with what it is. */
function started(
  tree: PythonTree,
  call: SyntaxNode,
  assigned: Map<string, SyntaxNode>,
): Pick<Hazard, "kind" | "what"> | undefined {
  const callee = tree.callee(call);
  if (callee === "_thread.start_new_thread") return { kind: "thread", what: "starts a thread" };
  const member = call.firstChild;
  const method = member?.getChild("PropertyName");
  if (member?.name !== "MemberExpression" || !method || !START_METHODS.has(tree.text(method)))
    return undefined;
  const object = member.firstChild!;
  const made =
    object.name === "CallExpression"
      ? object
      : object.name === "VariableName"
        ? assigned.get(tree.text(object))
        : undefined;
  return made ? whatStarts(tree, made) : undefined;
}

function whatStarts(tree: PythonTree, made: SyntaxNode): Pick<Hazard, "kind" | "what"> | undefined {
  const constructor = tree.callee(made);
  const last = constructor.slice(constructor.lastIndexOf(".") + 1);
  if (constructor.startsWith("apscheduler.") && SCHEDULERS.has(last))
    return { kind: "scheduler", what: `starts an APScheduler ${last}` };
  if (constructor === "flask_apscheduler.APScheduler")
    return { kind: "scheduler", what: "starts Flask-APScheduler" };
  if (constructor === "threading.Timer")
    return { kind: "scheduler", what: "starts a threading.Timer" };
  if (constructor === "threading.Thread" || constructor === "multiprocessing.Process") {
    const target = tree.keywords(made).get("target");
    if (target && runsSchedule(tree, tree.text(target)))
      return { kind: "scheduler", what: "starts a thread that runs schedule's jobs" };
    return {
      kind: "thread",
      what: `starts a ${constructor === "threading.Thread" ? "thread" : "process"}`,
    };
  }
  return undefined;
}

/** Whether the function named `name` in this file calls schedule.run_pending(). */
function runsSchedule(tree: PythonTree, name: string): boolean {
  let found = false;
  walk(tree.top, (n) => {
    if (n.name !== "FunctionDefinition" || nameOf(tree, n) !== name) return;
    eachCall(n, (call) => {
      if (tree.callee(call) === "schedule.run_pending") found = true;
    });
  });
  return found;
}

function nameOf(tree: PythonTree, def: SyntaxNode): string {
  const name = def.getChild("VariableName");
  return name ? tree.text(name) : "";
}

/** Calls in a statement, not inside nested functions, classes or lambdas (they run later). */
function eachCall(node: SyntaxNode, visit: (call: SyntaxNode) => void): void {
  const cursor = node.cursor();
  const end = node.to;
  let more = true;
  while (more && cursor.from < end) {
    const name = cursor.name;
    const isRoot = cursor.from === node.from && name === node.name;
    if (!isRoot && ["FunctionDefinition", "ClassDefinition", "LambdaExpression"].includes(name)) {
      more = cursor.next(false);
      continue;
    }
    if (name === "CallExpression") visit(cursor.node);
    more = cursor.next();
  }
}
