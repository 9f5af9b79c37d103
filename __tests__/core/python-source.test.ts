// The Python reader on source written the ways real apps write it.
import { describe, expect, it } from "vitest";
import { readModule } from "../../src/core/python/python-source.js";

const SOURCE = `from flask import Flask
import fastapi as fa, os.path
from .views import (bp,
   other as o)
app = application = Flask(__name__)
api: FastAPI = fa.FastAPI(
   title="x",
)
try:
    from x import y
except ImportError:
    y = None
if True:
    flask_app = Flask("a")
@decorator
def create_app(config=None, *, b=2):
    from quart import Quart
    return Quart(__name__)
async def make_app(a, b: int = 1, *args, **kw): pass
class C: pass
s = "app2 = Flask()"
# app3 = Flask()
a, b = 1, 2
app.run(debug=True)
if __name__ == "__main__":
    app.run()
    late = Flask("main only")
`;

describe("readModule", () => {
  const facts = readModule(SOURCE);
  const b = (name: string) => facts.bindings.get(name);

  it("binds every name of a chained assignment to the call", () => {
    expect(b("app")).toMatchObject({ kind: "call", callee: "Flask", line: 5 });
    expect(b("application")).toMatchObject({ kind: "call", callee: "Flask", line: 5 });
  });

  it("reads annotated, multi-line and attribute calls", () => {
    expect(b("api")).toMatchObject({ kind: "call", callee: "fa.FastAPI", line: 6 });
  });

  it("reads bindings inside top-level if and try, but not under the __main__ guard", () => {
    expect(b("flask_app")).toMatchObject({ kind: "call", callee: "Flask", line: 14 });
    expect(b("y")).toMatchObject({ kind: "value", line: 12 });
    expect(b("late")).toBeUndefined();
  });

  it("counts required parameters and the calls in a function body", () => {
    expect(b("create_app")).toMatchObject({ kind: "def", requiredParams: 0, line: 16 });
    expect((b("create_app") as unknown as { calls: string[] }).calls).toContain("Quart");
    expect(b("make_app")).toMatchObject({ kind: "def", requiredParams: 1 });
  });

  it("records imports with their module and alias", () => {
    expect(b("fa")).toEqual({ kind: "import", module: "fastapi", name: "", line: 2 });
    expect(b("os")).toEqual({ kind: "import", module: "os", name: "", line: 2 });
    expect(b("o")).toEqual({ kind: "import", module: ".views", name: "other", line: 3 });
    expect(b("bp")).toMatchObject({ kind: "import", module: ".views", name: "bp" });
    expect(facts.imports).toEqual(
      expect.arrayContaining(["flask", "fastapi", "os.path", ".views", "x", "quart"]),
    );
  });

  it("does not take code-like text in strings or comments for code", () => {
    expect(b("app2")).toBeUndefined();
    expect(b("app3")).toBeUndefined();
    expect(b("s")).toMatchObject({ kind: "value" });
  });

  it("finds .run() calls that execute on import, not those under the guard", () => {
    expect(facts.runCalls).toEqual([{ object: "app", line: 24 }]);
    expect(b("a")).toMatchObject({ kind: "value" });
    expect(b("C")).toMatchObject({ kind: "class", line: 20 });
  });
});
