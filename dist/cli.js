import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/command.ts
// Builds and parses gunicorn command lines. App Service runs the startup command through a
// shell, so every part that reaches it must match a strict grammar: nothing is ever quoted,
// anything outside the grammar is rejected.
const IDENT = "[A-Za-z_][A-Za-z0-9_]*";
/** `pkg.mod`, `pkg.mod:app` or `pkg.mod:create_app()`; gunicorn's own forms, no arguments. */
const MODULE_PATTERN = new RegExp(`^${IDENT}(\\.${IDENT})*(:${IDENT}(\\(\\))?)?$`);
/** Relative POSIX folder: no `..`, no hidden or absolute paths, no shell metacharacters. */
const CHDIR_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;
const IPV4_PATTERN = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const INT_PATTERN = /^[1-9]\d{0,5}$/;
const MAX_PATH_LENGTH = 200;
const LIMITS = {
    workers: { min: 1, max: 64 },
    threads: { min: 1, max: 256 },
    timeout: { min: 1, max: 3600 },
    port: { min: 1, max: 65535 },
};
class CommandSyntaxError extends Error {
    name = "CommandSyntaxError";
}
function isValidModule(value) {
    return value.length <= MAX_PATH_LENGTH && MODULE_PATTERN.test(value);
}
function isValidChdir(value) {
    return value.length <= MAX_PATH_LENGTH && CHDIR_PATTERN.test(value);
}
/** The startup command App Service should run. Throws when any part is outside the grammar. */
function buildCommand(config) {
    assertConfig(config);
    const parts = [
        "gunicorn",
        `--bind=${config.host}:${config.port}`,
        `--timeout ${config.timeout}`,
        `--workers ${config.workers}`,
    ];
    if (config.workerClass === "gthread") {
        parts.push(`--threads ${config.threads}`, "--worker-class gthread");
    }
    if (config.accessLog)
        parts.push("--access-logfile -");
    if (config.chdir)
        parts.push(`--chdir ${config.chdir}`);
    parts.push(shellWord(config.module));
    return parts.join(" ");
}
/** `app:create_app()` must be quoted: parentheses are shell syntax. The grammar has no quotes. */
function shellWord(module) {
    return module.includes("(") ? `'${module}'` : module;
}
function unquote(word) {
    return /^'[^']*'$/.test(word) ? word.slice(1, -1) : word;
}
const FLAGS = {
    "--bind": (v, c) => {
        const [host, port, extra] = v.split(":");
        if (extra !== undefined || !host || !IPV4_PATTERN.test(host))
            fail(`bad --bind ${v}`);
        c.host = host;
        c.port = port === undefined ? 8000 : command_int("--bind port", port);
    },
    "--timeout": (v, c) => (c.timeout = command_int("--timeout", v)),
    "--workers": (v, c) => (c.workers = command_int("--workers", v)),
    "--threads": (v, c) => (c.threads = command_int("--threads", v)),
    "--worker-class": (v, c) => {
        if (v !== "sync" && v !== "gthread")
            fail(`--worker-class must be sync or gthread, got ${v}`);
        c.workerClass = v;
    },
    "--access-logfile": (v, c) => {
        if (v !== "-")
            fail(`--access-logfile must be -, got ${v}`);
        c.accessLog = true;
    },
    "--chdir": (v, c) => {
        if (!isValidChdir(v))
            fail(`--chdir must be a relative folder, got ${v}`);
        c.chdir = v;
    },
};
/**
 * Parses a command in this grammar back into its settings (used to check round trips and to
 * read a command already set on the site). Rejects anything else rather than guessing.
 */
function parseCommand(command) {
    const tokens = command.split(" ");
    if (tokens[0] !== "gunicorn")
        fail("a startup command must start with gunicorn");
    const draft = {};
    let i = 1;
    for (; i < tokens.length - 1; i++) {
        const token = tokens[i];
        const eq = token.indexOf("=");
        const flag = eq === -1 ? token : token.slice(0, eq);
        const setter = FLAGS[flag];
        if (!setter)
            fail(`unknown option ${JSON.stringify(token)}`);
        const value = eq === -1 ? tokens[++i] : token.slice(eq + 1);
        if (value === undefined || i >= tokens.length - 1)
            fail(`${flag} needs a value`);
        setter(value, draft);
    }
    const module = unquote(tokens[i] ?? "");
    if (i !== tokens.length - 1 || !isValidModule(module)) {
        fail(`the command must end with an app module such as app:app`);
    }
    const threads = draft.threads ?? 1;
    const config = {
        module,
        host: draft.host ?? "127.0.0.1",
        port: draft.port ?? 8000,
        workers: draft.workers ?? 1,
        threads,
        // gunicorn switches sync to gthread by itself when threads > 1.
        workerClass: draft.workerClass ?? (threads > 1 ? "gthread" : "sync"),
        timeout: draft.timeout ?? 30,
        accessLog: draft.accessLog ?? false,
        ...(draft.chdir ? { chdir: draft.chdir } : {}),
    };
    assertConfig(config);
    return config;
}
function assertConfig(c) {
    if (!isValidModule(c.module))
        fail(`bad app module ${JSON.stringify(c.module)}`);
    if (!IPV4_PATTERN.test(c.host))
        fail(`bad bind host ${JSON.stringify(c.host)}`);
    if (c.chdir !== undefined && !isValidChdir(c.chdir))
        fail(`bad --chdir ${c.chdir}`);
    for (const key of ["workers", "threads", "timeout", "port"]) {
        const { min, max } = LIMITS[key];
        const value = c[key];
        if (!Number.isInteger(value) || value < min || value > max) {
            fail(`${key} must be a whole number from ${min} to ${max}, got ${value}`);
        }
    }
    if (c.workerClass === "sync" && c.threads !== 1)
        fail("the sync worker has exactly one thread");
}
function command_int(name, value) {
    if (!INT_PATTERN.test(value))
        fail(`${name} must be a whole number, got ${value}`);
    return Number(value);
}
function fail(message) {
    throw new CommandSyntaxError(message);
}

;// CONCATENATED MODULE: ./src/python-source.ts
// Reads Python source as text: which names a module defines at top level, and a few patterns
// that break gunicorn. The user's code is never run, so this is deliberately conservative.
const python_source_IDENT = "[A-Za-z_][A-Za-z0-9_]*";
/** Top-level definitions by name (the last binding wins, as in Python). */
function topLevelDefinitions(source) {
    const lines = source.split(/\r?\n/);
    const defs = new Map();
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i];
        const line = i + 1;
        let m;
        if ((m = text.match(new RegExp(`^(?:async\\s+)?def\\s+(${python_source_IDENT})\\s*\\(`)))) {
            const params = collectUntil(lines, i, text.indexOf("(") + 1, ")");
            defs.set(m[1], { kind: "def", line, requiredParams: requiredParams(params) });
        }
        else if ((m = text.match(new RegExp(`^class\\s+(${python_source_IDENT})`)))) {
            defs.set(m[1], { kind: "class", line });
        }
        else if ((m = text.match(new RegExp(`^(${python_source_IDENT}(?:\\s*,\\s*${python_source_IDENT})*)\\s*(?::[^=]*)?=(?!=)`)))) {
            for (const name of m[1].split(","))
                defs.set(name.trim(), { kind: "assign", line });
        }
        else if ((m = text.match(/^from\s+[\w.]+\s+import\s+(.*)$/))) {
            const names = m[1].startsWith("(")
                ? collectUntil(lines, i, text.indexOf("(") + 1, ")")
                : m[1];
            for (const name of importedNames(names))
                defs.set(name, { kind: "import", line });
        }
        else if ((m = text.match(new RegExp(`^import\\s+[\\w.]+\\s+as\\s+(${python_source_IDENT})`)))) {
            defs.set(m[1], { kind: "import", line });
        }
    }
    return defs;
}
/** Text from `start` on line `index` up to the closing bracket, across lines. */
function collectUntil(lines, index, start, close) {
    let depth = 0;
    let out = "";
    for (let i = index; i < lines.length && i < index + 50; i++) {
        const text = i === index ? lines[i].slice(start) : lines[i];
        for (const ch of text) {
            if (ch === "(" || ch === "[" || ch === "{")
                depth++;
            if (ch === ")" || ch === "]" || ch === "}") {
                if (depth === 0 && ch === close)
                    return out;
                depth--;
            }
            out += ch;
        }
        out += " ";
    }
    return out;
}
function importedNames(list) {
    return list
        .replace(/#.*$/, "")
        .split(",")
        .map((part) => part.trim().replace(/[()]/g, "").trim())
        .map((part) => part
        .split(/\s+as\s+/)
        .pop()
        .trim())
        .filter((name) => new RegExp(`^${python_source_IDENT}$`).test(name));
}
function requiredParams(params) {
    let required = 0;
    for (const raw of splitTopLevel(params)) {
        const p = raw.trim();
        if (p === "" || p === "*" || p === "/" || p.startsWith("*"))
            continue;
        if (!p.includes("="))
            required++;
    }
    return required;
}
function splitTopLevel(text) {
    const parts = [];
    let depth = 0;
    let cur = "";
    for (const ch of text) {
        if ("([{".includes(ch))
            depth++;
        if (")]}".includes(ch))
            depth--;
        if (ch === "," && depth === 0) {
            parts.push(cur);
            cur = "";
        }
        else
            cur += ch;
    }
    parts.push(cur);
    return parts;
}
/** Line of a top-level `<name>.run(` call: it would start a dev server at import time. */
function topLevelRunCall(source) {
    const index = source
        .split(/\r?\n/)
        .findIndex((l) => new RegExp(`^${python_source_IDENT}\\.run\\s*\\(`).test(l));
    return index === -1 ? undefined : index + 1;
}
function importsPackage(source, pkg) {
    return new RegExp(`^\\s*(from|import)\\s+${pkg}\\b`, "m").test(source);
}
/** Normalized project names listed in a requirements file (PEP 503 normalization). */
function requirementNames(text) {
    const names = new Set();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (line === "" || line.startsWith("-"))
            continue;
        const m = line.match(/^([A-Za-z0-9][A-Za-z0-9._-]*)/);
        if (m)
            names.add(normalizeName(m[1]));
    }
    return names;
}
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, "-");
}

;// CONCATENATED MODULE: ./src/layout.ts

/** Oryx's Flask candidates, in its order (microsoft/Oryx, startupscriptgenerator/python). */
const FLASK_CANDIDATES = [
    "application.py",
    "app.py",
    "run.py",
    "index.py",
    "server.py",
    "wsgi.py",
];
const REQUIREMENTS = "requirements.txt";
const FACTORY_NAMES = ["create_app", "make_app", "app_factory"];
/** `pkg.mod:x` → the files that could hold `pkg.mod`, relative to a search root. */
function moduleFileCandidates(appModule) {
    const base = appModule.split(":")[0].replaceAll(".", "/");
    return [`${base}.py`, `${base}/__init__.py`];
}
function checkLayout(snap, appModule) {
    const at = (rel, line) => layout_location(snap, rel, line);
    const located = appModule === "auto" ? detect(snap, at) : locate(snap, appModule, at);
    if ("error" in located) {
        return {
            module: undefined,
            chdir: undefined,
            framework: "unknown",
            appFile: undefined,
            findings: [located.error],
        };
    }
    const source = snap.files.get(located.file);
    const framework = importsPackage(source, "django")
        ? "django"
        : importsPackage(source, "flask")
            ? "flask"
            : "unknown";
    const findings = [
        ...located.findings,
        ...checkCallable(located, source, at),
        ...checkRunCall(located, source, at),
        ...checkRequirements(snap, framework, located.chdir, at),
    ];
    return {
        module: located.module,
        chdir: located.chdir,
        framework,
        appFile: located.file,
        findings,
    };
}
function layout_location(snap, rel, line) {
    const file = snap.rootFromRepo === "" ? rel : `${snap.rootFromRepo}/${rel}`;
    return line === undefined ? { file } : { file, line };
}
/** Oryx's order: a Django `<dir>/wsgi.py`, then the first Flask candidate at the root. */
function detect(snap, at) {
    const django = snap.subdirs.find((d) => snap.files.has(`${d}/wsgi.py`));
    if (django) {
        return {
            module: `${django}.wsgi`,
            chdir: undefined,
            file: `${django}/wsgi.py`,
            callable: "application",
            factory: false,
            findings: [],
        };
    }
    const rootFile = FLASK_CANDIDATES.find((f) => snap.files.has(f));
    if (rootFile)
        return flaskIn(snap, rootFile, undefined, at);
    for (const dir of snap.subdirs) {
        const file = FLASK_CANDIDATES.find((f) => snap.files.has(`${dir}/${f}`));
        if (file) {
            const found = flaskIn(snap, `${dir}/${file}`, dir, at);
            found.findings.push({
                level: "notice",
                message: `Found the app in ${dir}/${file}. App Service looks only at the app root, so it would not find it by itself; the startup command changes into ${dir} with --chdir.`,
                ...at(`${dir}/${file}`),
            });
            return found;
        }
    }
    return {
        error: {
            level: "error",
            message: `No app found in ${snap.root}: App Service looks for a Django <project>/wsgi.py or one of ${FLASK_CANDIDATES.join(", ")} at the app root. Set app-module (e.g. app:app) or working-directory to the folder you deploy.`,
        },
    };
}
/** A Flask candidate file: `<file>:app` as Oryx would, or its factory when it has no `app`. */
function flaskIn(snap, file, chdir, at) {
    const name = file.split("/").pop().replace(/\.py$/, "");
    const defs = topLevelDefinitions(snap.files.get(file));
    const factory = FACTORY_NAMES.find((f) => defs.get(f)?.kind === "def" && defs.get(f)?.requiredParams === 0);
    if (!defs.has("app") && factory) {
        return {
            module: `${name}:${factory}()`,
            chdir,
            file,
            callable: factory,
            factory: true,
            findings: [
                {
                    level: "notice",
                    message: `${file} has no module-level app, only the factory ${factory}(). App Service on its own would start ${name}:app and fail; the startup command calls ${name}:${factory}() instead.`,
                    ...at(file, defs.get(factory).line),
                },
            ],
        };
    }
    return { module: `${name}:app`, chdir, file, callable: "app", factory: false, findings: [] };
}
/** An explicit app-module: at the root, or else in exactly one direct subfolder (→ --chdir). */
function locate(snap, appModule, at) {
    const [, callablePart] = appModule.split(":");
    const factory = callablePart?.endsWith("()") ?? false;
    // gunicorn's default callable when none is named is `application`.
    const callable = callablePart ? callablePart.replace("()", "") : "application";
    const candidates = moduleFileCandidates(appModule);
    const base = { module: appModule, callable, factory, findings: [] };
    const atRoot = candidates.find((f) => snap.files.has(f));
    if (atRoot)
        return { ...base, chdir: undefined, file: atRoot };
    const hits = snap.subdirs.flatMap((dir) => candidates
        .filter((f) => snap.files.has(`${dir}/${f}`))
        .map((f) => ({ dir, file: `${dir}/${f}` })));
    if (hits.length === 1) {
        const { dir, file } = hits[0];
        const note = {
            level: "notice",
            message: `app-module ${appModule} lives in ${dir}/, not at the app root: the startup command changes into ${dir} with --chdir.`,
            ...at(file),
        };
        return { ...base, chdir: dir, file, findings: [note] };
    }
    const where = hits.length > 1
        ? ` It exists in several subfolders (${hits.map((h) => h.dir).join(", ")}): set working-directory to the one you deploy.`
        : "";
    return {
        error: {
            level: "error",
            message: `app-module ${appModule}: neither ${candidates.join(" nor ")} exists in ${snap.root}.${where} Check the module path (dots for folders) and working-directory.`,
        },
    };
}
function checkCallable(app, source, at) {
    const defs = topLevelDefinitions(source);
    const def = defs.get(app.callable);
    const module = app.module.split(":")[0];
    if (!def) {
        return [
            {
                level: "error",
                message: `${app.file} defines no top-level ${app.callable}, so gunicorn would fail to load ${app.module}.${suggest(defs, module)}`,
                ...at(app.file),
            },
        ];
    }
    if (app.factory && def.kind === "def" && (def.requiredParams ?? 0) > 0) {
        return [
            {
                level: "error",
                message: `${app.callable}() in ${app.file} takes ${def.requiredParams} required argument(s), but gunicorn calls the factory with none. Give them defaults.`,
                ...at(app.file, def.line),
            },
        ];
    }
    if (app.factory && (def.kind === "assign" || def.kind === "class")) {
        return [
            {
                level: "warning",
                message: `${app.callable} in ${app.file} is ${def.kind === "class" ? "a class" : "assigned, not defined with def"}; check that calling it with no arguments returns the WSGI app.`,
                ...at(app.file, def.line),
            },
        ];
    }
    if (!app.factory && def.kind === "def" && FACTORY_NAMES.includes(app.callable)) {
        return [
            {
                level: "warning",
                message: `${app.callable} in ${app.file} looks like an app factory: gunicorn would serve the function itself. Use ${module}:${app.callable}() to call it.`,
                ...at(app.file, def.line),
            },
        ];
    }
    return [];
}
function suggest(defs, module) {
    const factory = FACTORY_NAMES.find((f) => defs.get(f)?.kind === "def");
    if (factory)
        return ` It has the factory ${factory}(): use app-module ${module}:${factory}().`;
    const other = ["app", "application"].find((n) => defs.has(n));
    return other ? ` It defines ${other}: use app-module ${module}:${other}.` : "";
}
function checkRunCall(app, source, at) {
    const line = topLevelRunCall(source);
    if (line === undefined)
        return [];
    return [
        {
            level: "error",
            message: `${app.file} starts a development server at import time, so gunicorn's workers would hang while booting. Move the .run(...) call under if __name__ == "__main__":.`,
            ...at(app.file, line),
        },
    ];
}
function checkRequirements(snap, framework, chdir, at) {
    const text = snap.files.get(REQUIREMENTS);
    if (text === undefined) {
        const nested = chdir && snap.files.has(`${chdir}/${REQUIREMENTS}`)
            ? ` (${chdir}/${REQUIREMENTS} is not read: it must sit at the root)`
            : "";
        return [
            {
                level: "error",
                message: `No ${REQUIREMENTS} at the app root ${snap.root}${nested}. App Service installs packages only from that file, so the app would fail at boot with ModuleNotFoundError. Add it, listing your framework and gunicorn.`,
            },
        ];
    }
    const names = requirementNames(text);
    const findings = [];
    if (framework !== "unknown" && !names.has(normalizeName(framework))) {
        const title = framework === "flask" ? "Flask" : "Django";
        findings.push({
            level: "error",
            message: `${REQUIREMENTS} does not list ${title}, which the app imports: App Service would not install it and the app would fail at boot. Add ${title} to it.`,
            ...at(REQUIREMENTS),
        });
    }
    if (!names.has("gunicorn")) {
        findings.push({
            level: "warning",
            message: `${REQUIREMENTS} does not list gunicorn. App Service's image brings one, but pin your own so the flags this command uses behave as tested.`,
            ...at(REQUIREMENTS),
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/recommend.ts
// The recommender: plain data in, plain data out. Every number comes with the reason for it.
// Theory (../shared/GUNICORN-NOTES.md): to keep one core busy you need 1 + W/C requests in
// flight (Goetz, JCiP §8.2), where W/C is the ratio of waiting to computing. Python threads in
// one process take turns on one GIL, so processes come first: they carry the load as sync workers
// whenever memory allows enough of them, and threads only fill what processes cannot carry.
// docs/benchmarks.md holds the measurements behind the constants below.

/** Share of a request's time spent waiting on I/O assumed for each profile. */
const PROFILE_WAIT_RATIO = {
    "cpu-bound": 0.1,
    mixed: 0.5,
    "io-bound": 0.95,
};
/** App Service's front end cuts a request off after about 230 s (not configurable). */
const FRONT_END_TIMEOUT_S = 230;
/** Measured: a gunicorn master with a Flask app is about 27 MB RSS. */
const MASTER_MEMORY_MB = 30;
/** Budget per extra thread for stack and request buffers (an idle thread is ~31 kB). */
const THREAD_MEMORY_MB = 1;
/** Share of the plan's memory the app may plan for; the rest is the OS, agents and spikes. */
const MEMORY_HEADROOM = 0.8;
/** Threads per worker at most: measured, 50-64 threads per worker served 64 clients fully. */
const MAX_THREADS = 64;
/**
 * Extra processes per core at 100% waiting. At peak load a process's threads queue for its
 * one GIL; more processes move that queue to the OS scheduler, which hands over far cheaper.
 * Measured on one core at 98% waiting: 5-8 workers served 345-383 rps, 3-4 workers 300-315,
 * 2 workers 273-308, with enough threads in each.
 */
const EXTRA_PROCESSES_PER_CORE = 4;
/** gunicorn's docs put typical worker counts at 4-12; past that, per-worker pools add up. */
const MANY_WORKERS = 12;
function recommend(input) {
    const sizing = size(input);
    const workerClass = sizing.threads > 1 ? "gthread" : "sync";
    const timeout = chooseTimeout(input.timeout, workerClass);
    const budgetMb = memoryBudget(input);
    const estimatedMb = Math.round(MASTER_MEMORY_MB + sizing.workers * perWorkerMemory(input, sizing.threads));
    const config = {
        module: input.module,
        host: "0.0.0.0",
        port: input.port,
        workers: sizing.workers,
        threads: sizing.threads,
        workerClass,
        timeout: timeout.value,
        accessLog: true,
        ...(input.chdir ? { chdir: input.chdir } : {}),
    };
    return {
        config,
        maxConcurrency: sizing.workers * sizing.threads,
        reasons: {
            workers: sizing.workersWhy,
            threads: sizing.threadsWhy,
            workerClass: workerClass === "gthread"
                ? "More than one thread per worker needs gunicorn's threaded worker (gthread)."
                : "One thread per worker: gunicorn's plain sync worker has the least overhead.",
            timeout: timeout.why,
        },
        memory: { estimatedMb, budgetMb: Math.round(budgetMb) },
        findings: [
            ...sizing.findings,
            ...timeout.findings,
            ...cpuFindings(input),
            ...(sizing.workers > MANY_WORKERS ? [manyWorkers(sizing.workers)] : []),
        ],
    };
}
/** Requests in flight that keep one core busy: 1 + W/C = 1 / (1 - wait share). */
function inFlightPerCore(ioWaitRatio) {
    return 1 / (1 - ioWaitRatio);
}
function size(input) {
    const { cores } = input;
    const w = input.ioWaitRatio;
    const perCore = inFlightPerCore(w);
    const needed = Math.ceil(cores * perCore - 1e-9);
    const extra = Math.ceil(cores * (1 + EXTRA_PROCESSES_PER_CORE * w) - 1e-9) - cores;
    const target = Math.min(LIMITS.workers.max, cores + extra + 1);
    const fitting = (threads) => Math.min(target, maxWorkersInMemory(input, threads));
    // Processes beat threads whenever they can carry the load: no GIL to share.
    const sync = fitting(1) >= needed;
    const threads = sync ? 1 : Math.min(MAX_THREADS, Math.max(2, needed));
    const workers = Math.max(1, fitting(threads));
    const pct = Math.round(w * 100);
    const head = `${cores} vCPU and ${pct}% of each request spent waiting (${input.ioSource})`;
    const busy = `keep ${cores === 1 ? "the core" : "every core"} busy (1 + wait/compute = ${perCore.toFixed(1)} per core)`;
    const why = sync
        ? "a sync worker holds one request at a time, even while it waits"
        : "at peak load the threads of one process queue for its GIL while separate processes share the cores cheaply";
    const spare = extra > 0 ? `, ${extra} more because ${why}` : "";
    return {
        workers,
        threads,
        workersWhy: workers < target
            ? memoryWhy(input, workers, target)
            : `${head}: ${cores} process(es) run Python in parallel (one GIL each)${spare}, and one spare so a core never idles between requests.`,
        threadsWhy: sync
            ? `The ${workers} workers alone carry the ${needed} request(s) in flight that ${busy}, and processes beat threads: threads in one process compute one at a time (the GIL) and would only contend.`
            : `${needed} requests in flight ${busy}, more than ${workers} workers carry alone, so each worker gets threads for all of them${needed > MAX_THREADS ? ` (up to ${MAX_THREADS})` : ""}: gthread workers accept connections greedily and a keep-alive connection stays with the worker that took it, so a worker sized for only its share makes clients queue while others idle.`,
        findings: memoryFindings(input, workers, threads, target),
    };
}
function memoryBudget(input) {
    return (input.memoryMb * MEMORY_HEADROOM) / input.appsOnPlan;
}
function perWorkerMemory(input, threads) {
    return input.workerMemoryMb + (threads - 1) * THREAD_MEMORY_MB;
}
function maxWorkersInMemory(input, threads) {
    return Math.floor((memoryBudget(input) - MASTER_MEMORY_MB) / perWorkerMemory(input, threads));
}
function share(input) {
    return input.appsOnPlan > 1 ? ` (its share of ${input.appsOnPlan} apps on the plan)` : "";
}
function memoryWhy(input, workers, target) {
    return `Memory limits this to ${workers} worker(s) where the CPU could use ${target}: ${Math.round(memoryBudget(input))} MB budget${share(input)} (${Math.round(MEMORY_HEADROOM * 100)}% of ${input.memoryMb} MB) for a ${MASTER_MEMORY_MB} MB master and ${input.workerMemoryMb} MB per worker (worker-memory-mb).`;
}
function memoryFindings(input, workers, threads, target) {
    if (maxWorkersInMemory(input, threads) < 1) {
        return [
            {
                level: "error",
                message: `Even one worker does not fit: ${MASTER_MEMORY_MB} MB master + ${input.workerMemoryMb} MB worker exceeds the ${Math.round(memoryBudget(input))} MB budget${share(input)}. Choose a plan with more memory or check worker-memory-mb.`,
            },
        ];
    }
    if (workers >= target)
        return [];
    return [
        {
            level: "warning",
            message: `${memoryWhy(input, workers, target)} A plan with more memory would serve more requests at once.`,
        },
    ];
}
function chooseTimeout(requested, workerClass) {
    const effect = workerClass === "sync"
        ? "a sync worker busy longer than this is killed and restarted"
        : "with gthread it is only how long a silent worker may go before it is restarted";
    if (requested === undefined) {
        return {
            value: FRONT_END_TIMEOUT_S,
            why: `App Service's front end drops a request after ${FRONT_END_TIMEOUT_S} s, so a longer timeout serves nobody; ${effect}.`,
            findings: [],
        };
    }
    if (requested > FRONT_END_TIMEOUT_S) {
        const message = `timeout ${requested} s was capped at ${FRONT_END_TIMEOUT_S} s: App Service's front end cuts every request off after ${FRONT_END_TIMEOUT_S} s, so a worker kept busy longer works for a client that is gone.`;
        return {
            value: FRONT_END_TIMEOUT_S,
            why: message,
            findings: [{ level: "notice", message }],
        };
    }
    return { value: requested, why: `As requested (timeout); ${effect}.`, findings: [] };
}
function cpuFindings(input) {
    if (!input.sharedCpu)
        return [];
    return [
        {
            level: "warning",
            message: "The F1 plan shares one core with other tenants and allows 60 CPU-minutes a day: the numbers assume one core, but throughput will be far lower and stop when the quota runs out.",
        },
    ];
}
function manyWorkers(workers) {
    return {
        level: "notice",
        message: `${workers} workers each keep their own connections to databases and other services: check that ${workers} × the pool size fits their connection limits, or lower io-wait-ratio/worker count for this plan.`,
    };
}

;// CONCATENATED MODULE: ./src/analysis.ts
// The pure heart of a run: snapshot + inputs + plan resources → layout, numbers and command.



/** Placeholder module for the numbers when the app was not found (never emitted). */
const UNKNOWN_MODULE = "app:app";
function analyze(snapshot, inputs, plan, planFindings = []) {
    const layout = checkLayout(snapshot, inputs.appModule);
    const recommendation = recommend({
        cores: plan.cores,
        memoryMb: plan.memoryMb,
        sharedCpu: plan.sharedCpu,
        appsOnPlan: inputs.appsOnPlan,
        ioWaitRatio: inputs.ioWaitRatio,
        ioSource: inputs.ioSource,
        workerMemoryMb: inputs.workerMemoryMb,
        timeout: inputs.timeout,
        module: layout.module ?? UNKNOWN_MODULE,
        chdir: layout.chdir,
        port: inputs.port,
    });
    return {
        layout,
        recommendation,
        command: layout.module ? buildCommand(recommendation.config) : undefined,
        plan: { label: plan.sku, cores: plan.cores, memoryMb: plan.memoryMb },
        findings: [...layout.findings, ...planFindings, ...recommendation.findings],
    };
}

;// CONCATENATED MODULE: ./src/findings.ts
// A finding is one thing the user should know or fix, with where it is when that applies.
const RANK = { error: 0, warning: 1, notice: 2 };
function byLevel(findings) {
    return [...findings].sort((a, b) => RANK[a.level] - RANK[b.level]);
}
function count(findings, level) {
    return findings.filter((f) => f.level === level).length;
}
/** Whether the findings fail the run under the user's `fail-on` setting. */
function failsRun(findings, failOn) {
    if (failOn === "never")
        return false;
    return findings.some((f) => f.level === "error" || (failOn === "warning" && f.level === "warning"));
}

;// CONCATENATED MODULE: ./src/errors.ts
// Errors the user can act on, and one way to turn anything thrown into a message.
/** Bad input: names the input, the value and what is allowed. */
class InputError extends Error {
    name = "InputError";
    constructor(input, value, allowed) {
        super(`${input}: ${JSON.stringify(value)} is not valid; ${allowed}`);
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ./src/plans.ts
// Per-instance vCPU and memory of App Service (Linux) plan SKUs.
// Source: Microsoft Learn "App Service pricing" / "App Service limits" pages, checked into
// ../shared/AZURE-NOTES.md. The Premium v4 rows are unverified there: they follow the v3 shape.
const GB = 1024;
function family(names, cores, gb) {
    return names.map((name, i) => [name, cores[i], gb[i]]);
}
const ROWS = [
    ["F1", 1, 1],
    ...family(["B1", "B2", "B3"], [1, 2, 4], [1.75, 3.5, 7]),
    ...family(["S1", "S2", "S3"], [1, 2, 4], [1.75, 3.5, 7]),
    ...family(["P1v2", "P2v2", "P3v2"], [1, 2, 4], [3.5, 7, 14]),
    ...family(["P0v3", "P1v3", "P2v3", "P3v3"], [1, 2, 4, 8], [4, 8, 16, 32]),
    ...family(["P1mv3", "P2mv3", "P3mv3", "P4mv3", "P5mv3"], [2, 4, 8, 16, 32], [16, 32, 64, 128, 256]),
    ...family(["P0v4", "P1v4", "P2v4", "P3v4"], [1, 2, 4, 8], [4, 8, 16, 32]),
    ...family(["P1mv4", "P2mv4", "P3mv4", "P4mv4", "P5mv4"], [2, 4, 8, 16, 32], [16, 32, 64, 128, 256]),
    ...family(["I1v2", "I2v2", "I3v2", "I4v2", "I5v2", "I6v2"], [2, 4, 8, 16, 32, 64], [8, 16, 32, 64, 128, 256]),
    ...family(["I1mv2", "I2mv2", "I3mv2", "I4mv2", "I5mv2"], [2, 4, 8, 16, 32], [16, 32, 64, 128, 256]),
];
const BY_KEY = new Map(ROWS.map(([sku, cores, gb]) => [
    sku.toLowerCase(),
    { sku, cores, memoryMb: Math.round(gb * GB), sharedCpu: sku === "F1" },
]));
const PLAN_SKUS = ROWS.map(([sku]) => sku);
/** Looks a SKU up case-insensitively; undefined when unknown. */
function findPlan(sku) {
    return BY_KEY.get(sku.trim().toLowerCase());
}
/** SKUs that look like a mistyped `input`, closest first (for "did you mean" errors). */
function closePlans(input, limit = 4) {
    const needle = input.trim().toLowerCase();
    return PLAN_SKUS.map((sku) => ({ sku, d: editDistance(needle, sku.toLowerCase()) }))
        .filter(({ sku, d }) => d <= 2 || sku.toLowerCase().startsWith(needle.slice(0, 2)))
        .sort((a, b) => a.d - b.d)
        .slice(0, limit)
        .map(({ sku }) => sku);
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every input is read here, once, into one readonly object. The action and the CLI pass their
// own reader (core.getInput or parsed flags) so both get the same validation and messages.




/** Defaults for inputs that have one; action.yml carries the same (a test keeps them equal). */
const DEFAULTS = {
    "app-module": "auto",
    "io-profile": "mixed",
    "working-directory": ".",
    port: "8000",
    "worker-memory-mb": "150",
    "apps-on-plan": "1",
    mode: "output",
    "fail-on": "error",
    "comment-on": "always",
    "dry-run": "false",
    "arm-endpoint": "https://management.azure.com",
};
/** Whether this run talks to Azure: to apply, to read the plan, or to show the current command. */
function usesAzure(inputs) {
    const { appName, resourceGroup } = inputs.azure;
    return (inputs.modes.has("apply") ||
        inputs.plan.kind === "auto" ||
        (appName !== "" && resourceGroup !== ""));
}
/** Inputs that shape the report: the action's and the CLI's flags alike. */
const REPORT_INPUTS = [
    "plan",
    "cores",
    "memory-mb",
    "app-module",
    "io-profile",
    "io-wait-ratio",
    "working-directory",
    "port",
    "timeout",
    "worker-memory-mb",
    "apps-on-plan",
    "fail-on",
];
/** Inputs that deliver the report (PR comment, Azure): the action's only. */
const DELIVERY_INPUTS = [
    "mode",
    "github-token",
    "comment-on",
    "app-name",
    "resource-group-name",
    "subscription-id",
    "slot-name",
    "dry-run",
    "arm-endpoint",
    "client-id",
    "tenant-id",
];
/** Every input name the action accepts, in the order action.yml lists them. */
const INPUT_NAMES = [...REPORT_INPUTS, ...DELIVERY_INPUTS];
const MODES = ["output", "comment", "apply"];
const AZURE_NAME = /^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
function parseInputs(read) {
    const get = (name) => read(name).trim() || DEFAULTS[name] || "";
    const io = parseIo(get);
    const modes = parseModes(get("mode"));
    const plan = parsePlan(get);
    return {
        plan,
        appModule: parseAppModule(get("app-module")),
        ioWaitRatio: io.ratio,
        ioSource: io.source,
        workingDirectory: parseWorkingDirectory(get("working-directory")),
        port: integer("port", get("port"), 1, 65535),
        timeout: get("timeout") === "" ? undefined : integer("timeout", get("timeout"), 1, 3600),
        workerMemoryMb: integer("worker-memory-mb", get("worker-memory-mb"), 10, 65536),
        appsOnPlan: integer("apps-on-plan", get("apps-on-plan"), 1, 64),
        modes,
        failOn: oneOf("fail-on", get("fail-on"), ["error", "warning", "never"]),
        github: {
            token: get("github-token"),
            commentOn: oneOf("comment-on", get("comment-on"), ["always", "change"]),
        },
        azure: parseAzure(get, modes.has("apply") || plan.kind === "auto"),
    };
}
function parsePlan(get) {
    const value = get("plan");
    const allowed = `use an App Service SKU (${PLAN_SKUS.join(", ")}), custom (with cores and memory-mb) or auto`;
    if (value === "")
        throw new InputError("plan", value, `plan is required: ${allowed}`);
    const lower = value.toLowerCase();
    if (lower === "auto")
        return { kind: "auto" };
    if (lower === "custom") {
        const cores = integer("cores", get("cores"), 1, 256);
        const memoryMb = integer("memory-mb", get("memory-mb"), 256, 4_194_304);
        return { kind: "known", resources: { sku: "custom", cores, memoryMb, sharedCpu: false } };
    }
    const plan = findPlan(value);
    if (plan)
        return { kind: "known", resources: plan };
    const close = closePlans(value);
    const hint = close.length > 0 ? `did you mean ${close.join(", ")}? Or ` : "";
    throw new InputError("plan", value, `${hint}${allowed}`);
}
function parseAppModule(value) {
    if (value === "auto" || isValidModule(value))
        return value;
    throw new InputError("app-module", value, "use auto, module:callable (app:app), module:factory() (app:create_app()) or a dotted module (mysite.wsgi); letters, digits, _ and . only");
}
function parseIo(get) {
    const ratio = get("io-wait-ratio");
    if (ratio !== "") {
        const value = Number(ratio);
        if (!/^(0(\.\d+)?|\.\d+)$/.test(ratio) || !(value >= 0 && value <= 0.99)) {
            throw new InputError("io-wait-ratio", ratio, "use a number from 0 to 0.99 (the share of a request's time spent waiting on I/O)");
        }
        return { ratio: value, source: "io-wait-ratio" };
    }
    const profile = oneOf("io-profile", get("io-profile"), Object.keys(PROFILE_WAIT_RATIO));
    return { ratio: PROFILE_WAIT_RATIO[profile], source: `the ${profile} profile` };
}
function parseWorkingDirectory(value) {
    // Read from disk only, never put in the command; a NUL would truncate it.
    if (value.includes("\0"))
        throw new InputError("working-directory", value, "use a folder path");
    return value;
}
function parseModes(value) {
    const parts = value
        .split(",")
        .map((m) => m.trim().toLowerCase())
        .filter(Boolean);
    if (parts.length === 0)
        throw new InputError("mode", value, `use one or more of ${MODES.join(", ")}`);
    for (const part of parts) {
        if (!MODES.includes(part)) {
            throw new InputError("mode", value, `use one or more of ${MODES.join(", ")}, comma-separated`);
        }
    }
    return new Set(parts);
}
function parseAzure(get, needsSite) {
    const optional = (name, pattern, allowed) => {
        const value = get(name);
        if (value !== "" && !pattern.test(value))
            throw new InputError(name, value, allowed);
        return value;
    };
    const azure = {
        appName: optional("app-name", AZURE_NAME, "use the web app's name (letters, digits, -)"),
        resourceGroup: optional("resource-group-name", AZURE_NAME, "use a resource group name (letters, digits, . _ - ( ))"),
        subscriptionId: optional("subscription-id", GUID, "use a subscription GUID"),
        slot: optional("slot-name", AZURE_NAME, "use a deployment slot name (letters, digits, -)"),
        dryRun: oneOf("dry-run", get("dry-run").toLowerCase(), ["true", "false"]) === "true",
        armEndpoint: parseEndpoint(get("arm-endpoint")),
        clientId: optional("client-id", GUID, "use the client (application) id GUID"),
        tenantId: optional("tenant-id", GUID, "use the tenant id GUID"),
    };
    if (needsSite) {
        for (const [name, value] of [
            ["app-name", azure.appName],
            ["resource-group-name", azure.resourceGroup],
        ]) {
            if (value === "")
                throw new InputError(name, "", "mode apply and plan auto need it: the web app to read or configure");
        }
    }
    return azure;
}
function parseEndpoint(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || url.protocol !== "https:" || url.search || url.hash) {
        throw new InputError("arm-endpoint", value, "use an https:// URL such as https://management.azure.com");
    }
    return url.origin;
}
function integer(name, value, min, max) {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new InputError(name, value, `use a whole number from ${min} to ${max}`);
    }
    return Number(value);
}
function oneOf(name, value, allowed) {
    const lower = value.toLowerCase();
    const match = allowed.find((a) => a === lower);
    if (match === undefined)
        throw new InputError(name, value, `must be one of ${allowed.join(", ")}`);
    return match;
}

;// CONCATENATED MODULE: ./src/report.ts
// Pure rendering of a run's result: Markdown for the job summary and the PR comment, plain text
// for the terminal. Text that comes from the repository is escaped: it cannot break the Markdown
// or inject HTML.

const ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
/** Findings listed in full; the rest are counted (GitHub caps a comment at 65,536 characters). */
const MAX_LISTED_FINDINGS = 50;
function escapeMarkdown(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
        .replace(/\r?\n/g, " ");
}
function rows(report) {
    const { config, reasons, maxConcurrency } = report.recommendation;
    return [
        ["workers", String(config.workers), reasons.workers],
        ["threads", String(config.threads), reasons.threads],
        ["worker class", config.workerClass, reasons.workerClass],
        ["timeout", `${config.timeout} s`, reasons.timeout],
        ["max concurrency", String(maxConcurrency), "workers × threads: requests served at once."],
    ];
}
function renderMarkdown(report) {
    const { memory } = report.recommendation;
    const lines = [`### gunicorn-tuner: ${escapeMarkdown(report.title)}`, ""];
    if (report.command) {
        lines.push("Recommended startup command:", "", ...codeBlock(report.command, "sh"), "");
    }
    else {
        lines.push("**No startup command:** the app could not be located (see the findings).", "");
    }
    if (report.site)
        lines.push(...siteLines(report.site, report.command), "");
    lines.push("| setting | value | why |", "| --- | --- | --- |");
    for (const [setting, value, why] of rows(report)) {
        lines.push(`| ${setting} | ${escapeMarkdown(value)} | ${escapeMarkdown(why)} |`);
    }
    lines.push("", `Plan **${escapeMarkdown(report.plan.label)}**: ${report.plan.cores} vCPU, ${report.plan.memoryMb} MB per instance. ` +
        `Estimated memory: ${memory.estimatedMb} MB of a ${memory.budgetMb} MB budget.`, "", ...findingLines(report.findings, (f) => `- ${ICON[f.level]} **${f.level}**${where(f, escapeMarkdown)}: ${escapeMarkdown(f.message)}`));
    return lines.join("\n") + "\n";
}
const SITE_OUTCOME = {
    read: "current value, not changed (mode apply writes it).",
    unchanged: "already set: nothing was written.",
    "dry-run": "dry run: this is what would be written; nothing was.",
    applied: "applied: the site restarts with the new command.",
    blocked: "not applied: the layout check found errors.",
};
function siteLines(site, command) {
    const before = site.previous ?? "(none: App Service detects the app and runs 1 sync worker)";
    return [
        `Startup command on ${escapeMarkdown(site.site)}: ${SITE_OUTCOME[site.outcome]}`,
        "",
        "Before:",
        "",
        ...codeBlock(before),
        "",
        "After:",
        "",
        ...codeBlock(command ?? "(no recommendation)"),
    ];
}
/** A fenced block whose fence is longer than any backtick run inside, so text cannot escape it. */
function codeBlock(text, info = "") {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return [fence + info, text, fence];
}
function where(f, escape) {
    if (!f.file)
        return "";
    return ` (${escape(f.file)}${f.line ? `:${f.line}` : ""})`;
}
function findingLines(findings, format) {
    if (findings.length === 0)
        return ["No findings: the layout is what App Service expects."];
    const sorted = byLevel(findings);
    const listed = sorted.slice(0, MAX_LISTED_FINDINGS).map(format);
    const rest = sorted.length - listed.length;
    return ["Findings:", "", ...listed, ...(rest > 0 ? [`- … and ${rest} more`] : [])];
}
function renderText(report) {
    const { memory } = report.recommendation;
    const lines = [`gunicorn-tuner: ${report.title}`, ""];
    lines.push(report.command ? `  ${report.command}` : "  (no startup command: the app could not be located)", "");
    for (const [setting, value, why] of rows(report)) {
        lines.push(`${setting.padEnd(16)}${value.padEnd(9)}${why}`);
    }
    lines.push("", `Plan ${report.plan.label}: ${report.plan.cores} vCPU, ${report.plan.memoryMb} MB per instance; estimated memory ${memory.estimatedMb} MB of ${memory.budgetMb} MB budget.`, "", ...findingLines(report.findings, (f) => `  ${f.level.toUpperCase()}${where(f, (s) => s)}: ${f.message}`));
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/repo-scan.ts
// The only filesystem reader of the core: one snapshot of the app folder, taken once and
// handed to the pure layout checks.



const MAX_FILE_BYTES = 1024 * 1024;
const SKIPPED_DIRS = new Set(["node_modules", "__pycache__", "site-packages"]);
class ScanError extends Error {
    name = "ScanError";
}
/** Reads what the layout checks need: Oryx's candidates at the root and one level down. */
async function scanApp(root, appModule) {
    const absolute = external_node_path_default().resolve(root);
    const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new ScanError(`working-directory: ${JSON.stringify(root)} is not a folder (resolved to ${absolute})`);
    }
    const subdirs = await codeSubdirs(absolute);
    const wanted = new Set([
        REQUIREMENTS,
        "manage.py",
        "pyproject.toml",
        ...FLASK_CANDIDATES,
    ]);
    const moduleFiles = appModule === "auto" ? [] : moduleFileCandidates(appModule);
    for (const file of moduleFiles)
        wanted.add(file);
    for (const dir of subdirs) {
        for (const file of ["wsgi.py", REQUIREMENTS, ...FLASK_CANDIDATES, ...moduleFiles]) {
            wanted.add(`${dir}/${file}`);
        }
    }
    const files = new Map();
    await Promise.all([...wanted].map(async (rel) => {
        const text = await readSmallText(external_node_path_default().join(absolute, rel));
        if (text !== undefined)
            files.set(rel, text);
    }));
    const rootFromRepo = external_node_path_default().relative(process.cwd(), absolute).split((external_node_path_default()).sep).join("/");
    return { root, rootFromRepo, subdirs, files };
}
async function codeSubdirs(absolute) {
    const entries = await (0,promises_namespaceObject.readdir)(absolute, { withFileTypes: true });
    const dirs = entries
        .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !SKIPPED_DIRS.has(e.name))
        .map((e) => e.name)
        .sort();
    // Oryx skips virtualenvs when it looks for a Django project; they hold pyvenv.cfg.
    const isVenv = await Promise.all(dirs.map((d) => (0,promises_namespaceObject.stat)(external_node_path_default().join(absolute, d, "pyvenv.cfg")).then(() => true, () => false)));
    return dirs.filter((_, i) => !isVenv[i]);
}
async function readSmallText(file) {
    const info = await (0,promises_namespaceObject.stat)(file).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_FILE_BYTES)
        return undefined;
    return (0,promises_namespaceObject.readFile)(file, "utf8");
}

;// CONCATENATED MODULE: ./src/cli-run.ts
// The CLI's logic: flags (the action's input names) → the same analysis → text or JSON.





/** The CLI only reports: the comment and Azure inputs belong to the action. */
const CLI_INPUTS = REPORT_INPUTS;
class UsageError extends Error {
    name = "UsageError";
}
function parseArgs(argv) {
    const values = new Map();
    let json = false;
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--json")
            json = true;
        else if (arg === "--help" || arg === "-h")
            help = true;
        else if (arg.startsWith("--")) {
            const eq = arg.indexOf("=");
            const name = arg.slice(2, eq === -1 ? undefined : eq);
            if (!CLI_INPUTS.includes(name)) {
                throw new UsageError(`unknown option --${name}; see --help`);
            }
            const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
            if (value === undefined)
                throw new UsageError(`--${name} needs a value`);
            values.set(name, value);
        }
        else
            throw new UsageError(`unexpected argument ${JSON.stringify(arg)}; see --help`);
    }
    return { values, json, help };
}
function usage() {
    const flags = CLI_INPUTS.map((n) => `  --${n}${DEFAULTS[n] ? ` (default ${DEFAULTS[n]})` : ""}`);
    return [
        "Usage: gunicorn-tuner --plan SKU [options]",
        "Recommends a gunicorn startup command for an App Service (Linux) Python app and checks the layout.",
        "",
        ...flags,
        "  --json            print one JSON object instead of the report",
        "",
        "Exit status: 0 fine, 1 findings fail the run (fail-on), 2 bad usage or input.",
    ].join("\n");
}
function toJson(analysis) {
    const { config, maxConcurrency, reasons, memory } = analysis.recommendation;
    return {
        command: analysis.command ?? null,
        workers: config.workers,
        threads: config.threads,
        workerClass: config.workerClass,
        timeout: config.timeout,
        maxConcurrency,
        module: analysis.layout.module ?? null,
        chdir: analysis.layout.chdir ?? null,
        plan: analysis.plan,
        memory,
        reasons,
        findings: analysis.findings,
    };
}
async function runCli(argv, out) {
    const args = parseArgs(argv);
    if (args.help) {
        out(usage() + "\n");
        return 0;
    }
    const inputs = parseInputs((name) => args.values.get(name) ?? "");
    if (inputs.plan.kind !== "known") {
        throw new UsageError("plan: auto reads the plan from Azure and is for the action; name the SKU (e.g. --plan B1)");
    }
    const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
    const analysis = analyze(snapshot, inputs, inputs.plan.resources);
    out(args.json
        ? JSON.stringify(toJson(analysis), null, 2) + "\n"
        : renderText({ title: snapshot.root, ...analysis }));
    return failsRun(analysis.findings, inputs.failOn) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The same core for a terminal: `gunicorn-tuner --plan B1 --working-directory ./app [--json]`.
// Exit 0: fine; 1: findings fail the run (fail-on); 2: bad usage or input.


runCli(process.argv.slice(2), (s) => process.stdout.write(s)).then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`gunicorn-tuner: ${errorMessage(error)}\n`);
    process.exitCode = 2;
});

