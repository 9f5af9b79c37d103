// The shared-state checks on small sources: each hazard where it is, and none where several
// workers are safe (constants only read, code under the main guard, state in Redis or cookies).
import { describe, expect, it } from "vitest";
import { findSharedState } from "../../src/core/shared-state/find.js";

function snapshot(files: Record<string, string>) {
  const listings = new Map<string, string[]>();
  for (const file of Object.keys(files)) {
    const parts = file.split("/");
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      const entry = i === parts.length - 1 ? parts[i]! : `${parts[i]}/`;
      const list = listings.get(dir) ?? [];
      if (!list.includes(entry)) list.push(entry);
      listings.set(dir, list);
    }
  }
  return { files: new Map(Object.entries(files)), listings };
}

const hazards = (files: Record<string, string>) =>
  findSharedState(snapshot(files)).hazards.map((h) => [h.kind, h.file, h.line]);

describe("schedulers and threads started once per worker", () => {
  it.each([
    [
      "APScheduler at import",
      "from apscheduler.schedulers.background import BackgroundScheduler\ns = BackgroundScheduler()\ns.start()\n",
      [["scheduler", "app.py", 3]],
    ],
    [
      "APScheduler by its module path, started inline",
      "import apscheduler.schedulers.background as bg\nbg.BackgroundScheduler().start()\n",
      [["scheduler", "app.py", 2]],
    ],
    [
      "Flask-APScheduler started in the app factory",
      "from flask import Flask\nfrom flask_apscheduler import APScheduler\nscheduler = APScheduler()\ndef create_app():\n    app = Flask(__name__)\n    scheduler.init_app(app)\n    scheduler.start()\n    return app\n",
      [["scheduler", "app.py", 7]],
    ],
    [
      "a threading.Timer",
      "import threading\ndef ping():\n    pass\nthreading.Timer(60, ping).start()\n",
      [["scheduler", "app.py", 4]],
    ],
    [
      "a thread that runs schedule's jobs",
      "import threading, schedule, time\ndef loop():\n    while True:\n        schedule.run_pending()\n        time.sleep(1)\nschedule.every(10).minutes.do(print)\nt = threading.Thread(target=loop, daemon=True)\nt.start()\n",
      [["scheduler", "app.py", 8]],
    ],
    [
      "a thread started inside a top-level try",
      "from threading import Thread\ntry:\n    Thread(target=print).start()\nexcept Exception:\n    pass\n",
      [["thread", "app.py", 3]],
    ],
    [
      "a FastAPI startup event",
      'from fastapi import FastAPI\nfrom apscheduler.schedulers.asyncio import AsyncIOScheduler\napp = FastAPI()\nsched = AsyncIOScheduler()\n@app.on_event("startup")\nasync def go():\n    sched.start()\n',
      [["scheduler", "app.py", 7]],
    ],
  ])("%s", (_, source, expected) => {
    expect(hazards({ "app.py": source })).toEqual(expected);
  });

  it.each([
    [
      "under the main guard",
      'from apscheduler.schedulers.background import BackgroundScheduler\nif __name__ == "__main__":\n    BackgroundScheduler().start()\n',
    ],
    [
      "in a function nobody calls at start-up",
      "import threading\ndef later():\n    threading.Thread(target=print).start()\n",
    ],
    [
      "a scheduler made but never started",
      "from apscheduler.schedulers.background import BackgroundScheduler\ns = BackgroundScheduler()\n",
    ],
    ["a start() of something else", "import server\nserver.Server().start()\n"],
  ])("none %s", (_, source) => {
    expect(hazards({ "app.py": source })).toEqual([]);
  });
});

describe("module-level state that handlers change", () => {
  const route = (body: string, top = "") =>
    `from flask import Flask\napp = Flask(__name__)\n${top}\n@app.route("/")\ndef index():\n${body}\n`;

  it.each([
    ["a subscript write", route("    CARTS['u'] = 1", "CARTS = {}"), 6],
    [
      "an append through a chain",
      route("    CARTS.setdefault('u', []).append(1)", "CARTS = dict()"),
      6,
    ],
    ["a del", route("    del SEEN[0]", "SEEN = []"), 6],
    ["a set's add", route("    SEEN.add(1)", "SEEN = set()"), 6],
    ["a global counter", route("    global hits\n    hits += 1", "hits = 0"), 7],
    [
      "a defaultdict's +=",
      route("    COUNTS['a'] += 1", "import collections\nCOUNTS = collections.defaultdict(int)"),
      7,
    ],
  ])("%s", (_, source, line) => {
    expect(hazards({ "app.py": source })).toEqual([["store", "app.py", line]]);
  });

  it.each([
    ["a constant only read", route("    return COLORS['red']", "COLORS = {'red': 1}")],
    ["a local of the same name", route("    CARTS = {}\n    CARTS['u'] = 1", "CARTS = {}")],
    ["a parameter of the same name", 'CARTS = {}\ndef index(CARTS):\n    CARTS["u"] = 1\n'],
    [
      "the session cookie and flask.g",
      route("    session['n'] = 1\n    g.user = 2", "from flask import session, g"),
    ],
    ["a number read, not rebound", route("    return str(hits + 1)", "hits = 0")],
    [
      "a helper that is not a handler",
      "MEMO = {}\ndef lookup(k):\n    MEMO[k] = k * 2\n    return MEMO[k]\n",
    ],
    ["a write at import", "ROUTES = []\nROUTES.append('/')\n"],
  ])("none for %s", (_, source) => {
    expect(hazards({ "app.py": source })).toEqual([]);
  });

  it("follows a store imported from the app's own module", () => {
    const found = findSharedState(
      snapshot({
        "shop/__init__.py": "",
        "shop/state.py": "CARTS = {}\n",
        "shop/views.py":
          "from .state import CARTS\ndef add(request):\n    CARTS[request.user] = 1\n",
      }),
    ).hazards;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "store", file: "shop/views.py", line: 3 });
    expect(found[0]!.what).toContain("shop/state.py line 1");
  });

  it.each([
    ["import state", "state.py"],
    ["from . import state", "shop/state.py"],
  ])("follows a module's attribute: %s, then state.CARTS[...] = ...", (statement, storeFile) => {
    const inPackage = storeFile.startsWith("shop/");
    const found = findSharedState(
      snapshot({
        ...(inPackage ? { "shop/__init__.py": "" } : {}),
        [storeFile]: "CARTS = {}\n",
        [inPackage ? "shop/views.py" : "views.py"]:
          `${statement}\ndef add(request):\n    state.CARTS[request.user] = 1\n`,
      }),
    ).hazards;
    expect(found).toHaveLength(1);
    expect(found[0]!.what).toContain(`state.CARTS (${storeFile} line 1)`);
  });

  it("counts class-based view methods and Socket.IO events as handlers", () => {
    const source =
      "ROOMS = {}\nclass Room(MethodView):\n    def post(self, name):\n        ROOMS[name] = []\n@socketio.on('join')\ndef on_join(data):\n    ROOMS[data['room']].append(data['sid'])\n";
    expect(hazards({ "app.py": source })).toEqual([["store", "app.py", 4]]);
  });
});

describe("sessions, caches, limits and Socket.IO kept in the process", () => {
  it.each([
    [
      "Django cache sessions with no CACHES (LocMemCache by default)",
      { "mysite/settings.py": 'SESSION_ENGINE = "django.contrib.sessions.backends.cache"\n' },
      [["session", "mysite/settings.py", 1]],
    ],
    [
      "Django cache sessions on an explicit LocMemCache",
      {
        "mysite/settings.py":
          'CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\nSESSION_ENGINE = "django.contrib.sessions.backends.cache"\n',
      },
      [["session", "mysite/settings.py", 2]],
    ],
    [
      "Django's LocMemCache chosen explicitly",
      {
        "mysite/settings.py":
          'CACHES = {\n    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},\n}\n',
      },
      [["cache", "mysite/settings.py", 1]],
    ],
    [
      "Flask-Caching's SimpleCache in a config class",
      { "config.py": 'class Config:\n    CACHE_TYPE = "SimpleCache"\n' },
      [["cache", "config.py", 2]],
    ],
    [
      "flask-limiter with memory:// storage",
      {
        "app.py":
          'from flask_limiter import Limiter\nlimiter = Limiter(key, storage_uri="memory://")\n',
      },
      [["limiter", "app.py", 2]],
    ],
    [
      "python-socketio without a client manager",
      { "app.py": "import socketio\nsio = socketio.Server(async_mode='threading')\n" },
      [["socketio", "app.py", 2]],
    ],
  ])("%s", (_, files, expected) => {
    expect(hazards(files)).toEqual(expected);
  });

  it.each([
    [
      "Django database sessions and a Redis cache",
      {
        "mysite/settings.py":
          'CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}\nSESSION_ENGINE = "django.contrib.sessions.backends.cache"\n',
      },
    ],
    ["Flask-Caching on Redis", { "app.py": 'app.config["CACHE_TYPE"] = "RedisCache"\n' }],
    [
      "a cache type from the environment",
      { "app.py": 'app.config["CACHE_TYPE"] = os.environ["CACHE"]\n' },
    ],
    [
      "flask-limiter on Redis",
      {
        "app.py":
          'from flask_limiter import Limiter\nlimiter = Limiter(key, storage_uri="redis://cache:6379")\n',
      },
    ],
    [
      "flask-limiter configured by RATELIMIT_STORAGE_URI",
      {
        "app.py":
          'from flask_limiter import Limiter\napp.config["RATELIMIT_STORAGE_URI"] = os.environ["REDIS"]\nlimiter = Limiter(key, app=app)\n',
      },
    ],
    [
      "Flask-SocketIO with a message queue",
      {
        "app.py":
          'from flask_socketio import SocketIO\nsocketio = SocketIO(app, message_queue="redis://")\n',
      },
    ],
    [
      "Flask-Session on Redis",
      { "app.py": 'app.config["SESSION_TYPE"] = "redis"\nSession(app)\n' },
    ],
  ])("none for %s", (_, files) => {
    expect(hazards(files)).toEqual([]);
  });
});

describe("databases", () => {
  it("warns about a SQLite file the app writes, not one it only reads", () => {
    const write = findSharedState(
      snapshot({
        "app.py":
          'import sqlite3\ndb = sqlite3.connect("data.db")\ndb.execute("INSERT INTO t VALUES (1)")\n',
      }),
    );
    expect(write.sqlite).toEqual([
      { file: "app.py", line: 2, what: "opens a SQLite file with sqlite3" },
    ]);
    const read = findSharedState(
      snapshot({
        "app.py":
          'import sqlite3\ndb = sqlite3.connect("data.db")\nrows = db.execute("SELECT 1")\n',
      }),
    );
    expect(read.sqlite).toEqual([]);
  });

  it("Django on SQLite is written whatever the views do (sessions, auth)", () => {
    const state = findSharedState(
      snapshot({
        "mysite/settings.py":
          'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}\n',
      }),
    );
    expect(state.sqlite).toHaveLength(1);
    expect(state.pools).toEqual([]);
  });

  it("reads SQLAlchemy's pool from create_engine and Flask-SQLAlchemy's engine options", () => {
    const engine = findSharedState(
      snapshot({
        "db.py":
          "from sqlalchemy import create_engine\ne = create_engine(URL, pool_size=3, max_overflow=2)\n",
      }),
    );
    expect(engine.pools).toMatchObject([{ file: "db.py", line: 2, perProcess: 5 }]);
    const flask = findSharedState(
      snapshot({
        "app.py":
          'from flask_sqlalchemy import SQLAlchemy\napp.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_size": 20}\ndb = SQLAlchemy(app)\n',
      }),
    );
    expect(flask.pools).toMatchObject([{ perProcess: 30 }]);
    const defaults = findSharedState(
      snapshot({ "app.py": "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n" }),
    );
    expect(defaults.pools).toMatchObject([{ perProcess: 15 }]);
  });

  it("counts Django's connections per thread", () => {
    const state = findSharedState(
      snapshot({
        "s/settings.py": 'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n',
      }),
    );
    expect(state.pools).toMatchObject([{ perProcess: undefined, what: "Django" }]);
  });
});

describe("what is not app code", () => {
  it("skips tests, migrations and gunicorn.conf.py", () => {
    const start = "import threading\nthreading.Thread(target=print).start()\n";
    expect(
      hazards({
        "tests/test_app.py": start,
        "gunicorn.conf.py": start,
        "app/migrations/0001.py": start,
      }),
    ).toEqual([]);
  });
});
