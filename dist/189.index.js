export const id = 189;
export const ids = [189];
export const modules = {

/***/ 1189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectAzure: () => (/* binding */ connectAzure)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/core/log-text.ts
var log_text = __webpack_require__(9357);
// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/index.js + 61 modules
var esm = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/core/startup-plan.ts
var startup_plan = __webpack_require__(7944);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var dist_esm = __webpack_require__(1818);
;// CONCATENATED MODULE: ./src/azure/error-bodies.ts
// Every ARM or Monitor error as one message with the status code, the resource and the
// server's own text. The App Service provider also answers errors with a PascalCase body
// ({"Code","Message"}) and some with no body at all, which the SDKs turn into a TypeError with
// no status ("Cannot read properties of undefined (reading 'error')"): this policy reads the
// body first and throws a RestError the adapters can explain.

function armErrorBodies() {
    return {
        name: "gunicornTunerErrorBodies",
        async sendRequest(request, next) {
            const response = await next(request);
            if (response.status < 400)
                return response;
            const { code, message } = readBody(response.bodyAsText);
            const resource = new URL(request.url).pathname;
            throw new dist_esm/* RestError */.pj(`${message ?? "(the answer had no body)"} [${request.method} ${resource}]`, { statusCode: response.status, request, response, ...(code ? { code } : {}) });
        },
    };
}
function readBody(text) {
    if (!text?.trim())
        return {};
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { message: text.trim().slice(0, 500) };
    }
    const str = (x) => (typeof x === "string" && x.trim() ? x.trim() : undefined);
    return {
        code: str(body.error?.code) ?? str(body.Code) ?? str(body.code),
        message: str(body.error?.message) ?? str(body.Message) ?? str(body.message),
    };
}

;// CONCATENATED MODULE: ./src/azure/explain.ts
// One sentence for a failed Azure call: what was asked, the status and code, the server's own
// text (one line, no workflow commands), and what to check.

function explain(error, action, hints) {
    const e = error;
    if (e.name === "AbortError" || e.code === "REQUEST_SEND_ERROR" || e.name === "TimeoutError") {
        return `Azure did not answer in time when asked to ${action} (${(0,log_text/* neutralize */.Y)(e.message ?? String(error))}). Check arm-endpoint and the runner's network, then run again.`;
    }
    const status = e.statusCode
        ? `HTTP ${e.statusCode}${e.code ? ` ${e.code}` : ""}`
        : (e.code ?? "no response");
    const base = `Azure refused to ${action} (${status}): ${(0,log_text/* neutralize */.Y)(e.message ?? String(error))}`;
    if (e.statusCode === 401 || e.statusCode === 403) {
        return `${base}. The signed-in identity needs the ${hints.role} role on the web app (or on its resource group).`;
    }
    if (e.statusCode === 404)
        return `${base}. ${hints.notFound}`;
    return base;
}

;// CONCATENATED MODULE: ./src/azure/limits.ts
const DEFAULT_LIMITS = {
    requestTimeoutMs: 30_000,
    budgetMs: 300_000,
    maxRetryAfterMs: 60_000,
    maxRetries: 3,
};
class RetryAfterTooLongError extends Error {
    name = "RetryAfterTooLongError";
    statusCode;
    constructor(status, waitMs, capMs) {
        super(`Azure answered ${status} and asked to wait ${Math.round(waitMs / 1000)} s before trying again (Retry-After), longer than the ${capMs / 1000} s this step waits. Azure is throttling this subscription: run again later.`);
        this.statusCode = status;
    }
}
/** Options for one operation: its request timeout, and the step's remaining budget. */
function boundedCalls(limits) {
    const deadline = Date.now() + limits.budgetMs;
    return () => ({
        abortSignal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
        requestOptions: { timeout: limits.requestTimeoutMs },
    });
}
/** Fails at once, with a clear message, when Retry-After asks for more than `capMs`. */
function retryAfterCap(capMs) {
    return {
        name: "gunicornTunerRetryAfterCap",
        async sendRequest(request, next) {
            const response = await next(request);
            if (response.status !== 429 && response.status !== 503)
                return response;
            const waitMs = retryAfterMs(response.headers.get("retry-after-ms") ?? response.headers.get("x-ms-retry-after-ms"), response.headers.get("retry-after"));
            if (waitMs !== undefined && waitMs > capMs) {
                throw new RetryAfterTooLongError(response.status, waitMs, capMs);
            }
            return response;
        },
    };
}
function retryAfterMs(ms, seconds) {
    if (ms && Number.isFinite(Number(ms)))
        return Number(ms);
    if (!seconds)
        return undefined;
    if (Number.isFinite(Number(seconds)))
        return Number(seconds) * 1000;
    const date = Date.parse(seconds);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

;// CONCATENATED MODULE: ./src/azure/app-service.ts
// The one adapter over App Service's ARM API: read and write the startup command, read the plan.
// Writes PATCH `appCommandLine` alone: a PUT, or sending the whole config back, resets or breaks
// the site's other settings (../shared/AZURE-NOTES.md).





class AzureCallError extends Error {
    name = "AzureCallError";
}
const SERVER_FARM_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Web\/serverfarms\/([^/]+)$/i;
class AppService {
    site;
    client;
    bounded;
    constructor(credential, site, endpoint, limits = DEFAULT_LIMITS) {
        this.site = site;
        this.client = new esm/* WebSiteManagementClient */.yX(credential, site.subscriptionId, {
            endpoint,
            credentials: { scopes: [`${endpoint}/.default`] },
            retryOptions: { maxRetries: limits.maxRetries },
            additionalPolicies: [
                { policy: retryAfterCap(limits.maxRetryAfterMs), position: "perRetry" },
                { policy: armErrorBodies(), position: "perCall" },
            ],
        });
        this.bounded = boundedCalls(limits);
    }
    describe() {
        const slot = this.site.slot ? ` (slot ${this.site.slot})` : "";
        return `web app ${this.site.name}${slot} in resource group ${this.site.resourceGroup}`;
    }
    async readStartupCommand() {
        const { resourceGroup, name, slot } = this.site;
        const config = await this.call("read the configuration of", "Reader", () => slot
            ? this.client.webApps.getConfigurationSlot(resourceGroup, name, slot, this.bounded())
            : this.client.webApps.getConfiguration(resourceGroup, name, this.bounded()));
        return {
            appCommandLine: config.appCommandLine ?? "",
            linuxFxVersion: config.linuxFxVersion ?? "",
        };
    }
    /**
     * The app settings gunicorn and Oryx read, and nothing else: the rest may hold secrets, so
     * their values are dropped here, before anything can print them.
     */
    async readGunicornSettings() {
        const { resourceGroup, name, slot } = this.site;
        const all = await this.call("read the app settings of", "Website Contributor", () => slot
            ? this.client.webApps.listApplicationSettingsSlot(resourceGroup, name, slot, this.bounded())
            : this.client.webApps.listApplicationSettings(resourceGroup, name, this.bounded()));
        const settings = {};
        for (const key of startup_plan/* GUNICORN_SETTINGS */.cC) {
            const value = all.properties?.[key];
            if (value !== undefined)
                settings[key] = value;
        }
        return settings;
    }
    async writeStartupCommand(command) {
        const { resourceGroup, name, slot } = this.site;
        await this.call("update the startup command of", "Website Contributor", () => slot
            ? this.client.webApps.updateConfigurationSlot(resourceGroup, name, slot, { appCommandLine: command }, this.bounded())
            : this.client.webApps.updateConfiguration(resourceGroup, name, { appCommandLine: command }, this.bounded()));
    }
    /** The site's (or slot's) resource id, for Azure Monitor, and its plan's. */
    async resourceIds() {
        const { resourceGroup, name, slot } = this.site;
        const site = await this.call("read", "Reader", () => this.client.webApps.get(resourceGroup, name, this.bounded()));
        const id = site.id ?? "";
        return { site: slot ? `${id}/slots/${slot}` : id, plan: site.serverFarmId ?? "" };
    }
    /** The plan the site runs on: its server farm may live in another resource group. */
    async readPlan() {
        const { resourceGroup, name } = this.site;
        const site = await this.call("read", "Reader", () => this.client.webApps.get(resourceGroup, name, this.bounded()));
        const match = site.serverFarmId?.match(SERVER_FARM_ID);
        if (!match)
            throw new AzureCallError(`${this.describe()} has no App Service plan id (serverFarmId ${JSON.stringify(site.serverFarmId ?? "")}).`);
        const [, planGroup, planName] = match;
        const plan = await this.call(`read the plan ${planName} of`, "Reader", () => this.client.appServicePlans.get(planGroup, planName, this.bounded()));
        return {
            name: planName,
            sku: plan.sku?.name ?? "",
            instances: plan.sku?.capacity,
            sites: plan.numberOfSites,
            maxWorkers: plan.maximumNumberOfWorkers,
        };
    }
    async call(what, role, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw new AzureCallError(explain(error, `${what} ${this.describe()}`, {
                role,
                notFound: `Check app-name, resource-group-name, slot-name and subscription-id (${this.site.subscriptionId}).`,
            }));
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-monitor/dist/esm/index.js + 104 modules
var arm_monitor_dist_esm = __webpack_require__(2729);
;// CONCATENATED MODULE: ./src/azure/monitor.ts
// The one adapter over Azure Monitor: the site's per-instance metrics in one request, the plan's
// CPU and memory share, and when the site's configuration was last written (activity log).
// Through the same endpoint, credential and time bounds as the App Service adapter. What the
// real API answers (padding, the `top` cap, empty and failed metrics, paging, two-phase events)
// is in ../shared/AZURE-NOTES.md.




/** Site metrics, split by instance (names and aggregations: ../shared/AZURE-NOTES.md). */
const SITE_METRICS = "CpuTime,Requests,HttpResponseTime,MemoryWorkingSet,Http5xx";
const PLAN_METRICS = "CpuPercentage,MemoryPercentage";
/** Activity-log pages read at most: a week of a busy subscription fits in far fewer. */
const MAX_ACTIVITY_PAGES = 50;
class SiteMonitor {
    client;
    bounded;
    constructor(credential, subscriptionId, endpoint, limits = DEFAULT_LIMITS) {
        this.client = new arm_monitor_dist_esm/* MonitorClient */.UK(credential, subscriptionId, {
            endpoint,
            credentials: { scopes: [`${endpoint}/.default`] },
            retryOptions: { maxRetries: limits.maxRetries },
            additionalPolicies: [
                { policy: retryAfterCap(limits.maxRetryAfterMs), position: "perRetry" },
                { policy: armErrorBodies(), position: "perCall" },
            ],
        });
        this.bounded = boundedCalls(limits);
    }
    /**
     * The site's metrics per instance. With a dimension filter Azure returns at most `top` series
     * per metric (10 by default), so `top` is the most instances the plan can have.
     */
    async siteSeries(siteId, span, top) {
        const response = await this.call("read the site's metrics", () => this.client.metrics.list(siteId.replace(/^\//, ""), {
            ...this.query(span, SITE_METRICS, "Total,Average"),
            filter: "Instance eq '*'",
            top,
            ...this.bounded(),
        }));
        return seriesFrom(response.value, span.grain.seconds);
    }
    /** The plan's average CPU and memory share over the span, in percent. */
    async planAverages(planId, span) {
        const response = await this.call("read the plan's metrics", () => this.client.metrics.list(planId.replace(/^\//, ""), {
            ...this.query(span, PLAN_METRICS, "Average"),
            ...this.bounded(),
        }));
        const mean = (name) => {
            const values = averages(response.value.find((m) => m.name.value === name));
            return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
        };
        return { cpu: mean("CpuPercentage"), memory: mean("MemoryPercentage") };
    }
    /** The plan's CPU share per instance and interval: the site's CPU where it is alone there. */
    async planCpu(planId, span, top) {
        const response = await this.call("read the plan's CPU per instance", () => this.client.metrics.list(planId.replace(/^\//, ""), {
            ...this.query(span, "CpuPercentage", "Average"),
            filter: "Instance eq '*'",
            top,
            ...this.bounded(),
        }));
        return planCpuFrom(response.value);
    }
    /**
     * When the site's configuration was written in the span: only writes that succeeded, once
     * each. Azure logs an operation twice (Started, then Succeeded or Failed) and pages the log.
     */
    async configWrites(siteId, span) {
        const filter = `eventTimestamp ge '${span.start.toISOString()}' and eventTimestamp le '${span.end.toISOString()}' and resourceUri eq '${siteId}'`;
        const out = new Map();
        await this.call("read the site's activity log", async () => {
            const seen = new Set();
            let pages = 0;
            for await (const page of this.client.activityLogs.list(filter, this.bounded()).byPage()) {
                for (const event of page) {
                    const at = succeededWrite(event);
                    if (at !== undefined)
                        out.set(event.operationId ?? event.correlationId ?? String(at), at);
                }
                // A next link that repeats or never ends must not read forever.
                const next = page.continuationToken;
                if (!next || seen.has(next) || ++pages >= MAX_ACTIVITY_PAGES)
                    break;
                seen.add(next);
            }
        });
        return [...new Set(out.values())].sort((a, b) => a - b).map((t) => new Date(t));
    }
    async call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw new Error(explain(error, `${what}`, {
                role: "Monitoring Reader",
                notFound: "Check app-name, resource-group-name and subscription-id.",
            }));
        }
    }
    query(span, metricnames, aggregation) {
        return {
            timespan: `${span.start.toISOString()}/${span.end.toISOString()}`,
            interval: span.grain.iso,
            metricnames,
            aggregation,
        };
    }
}
const CONFIG_WRITE = /^Microsoft\.Web\/sites\/(slots\/)?config\/write$/i;
function succeededWrite(event) {
    const operation = event.operationName?.value ?? "";
    if (!CONFIG_WRITE.test(operation) || !event.eventTimestamp)
        return undefined;
    return event.status?.value?.toLowerCase() === "succeeded"
        ? new Date(event.eventTimestamp).getTime()
        : undefined;
}
/** The plan's CPU share per instance and interval from a metrics answer's `value`. */
function planCpuFrom(metrics) {
    const metric = metrics.find((m) => m.name.value === "CpuPercentage");
    return (metric?.timeseries ?? []).flatMap((series) => (series.data ?? []).flatMap((d) => typeof d.average !== "number" || !Number.isFinite(d.average)
        ? []
        : [
            {
                instance: instanceOf(series),
                at: new Date(d.timeStamp).getTime(),
                percent: d.average,
            },
        ]));
}
/** The site's series from a metrics answer's `value`: what the adapter reads, and the bench too. */
function seriesFrom(metrics, intervalSeconds) {
    return {
        intervalSeconds,
        points: toPoints(metrics),
        missing: missingOf(metrics, Object.keys(FIELDS)),
    };
}
const FIELDS = {
    CpuTime: ["cpuSeconds", "total"],
    Requests: ["requests", "total"],
    HttpResponseTime: ["responseSeconds", "average"],
    MemoryWorkingSet: ["memoryBytes", "average"],
    Http5xx: ["errors5xx", "total"],
};
function instanceOf(series) {
    return (series.metadatavalues?.find((m) => m.name?.value?.toLowerCase() === "instance")?.value ?? "");
}
function averages(metric) {
    return (metric?.timeseries ?? [])
        .flatMap((t) => t.data ?? [])
        .flatMap((d) => typeof d.average === "number" && Number.isFinite(d.average) ? [d.average] : []);
}
/**
 * Metric-major series → one point per (instance, interval). A point Azure padded (a timestamp
 * and no value) leaves the field undefined: missing data, not zero.
 */
function toPoints(metrics) {
    const points = new Map();
    for (const metric of metrics) {
        const field = FIELDS[metric.name.value];
        if (!field || !succeeded(metric))
            continue;
        for (const series of metric.timeseries ?? []) {
            const instance = instanceOf(series);
            for (const d of series.data ?? []) {
                const value = d[field[1]];
                // Only a finite number is a value: not a padded point, nor "NaN", "12.5" or 1e999.
                if (typeof value !== "number" || !Number.isFinite(value))
                    continue;
                const at = new Date(d.timeStamp).getTime();
                const key = `${instance}|${at}`;
                const point = points.get(key) ?? { instance, at };
                point[field[0]] = value;
                points.set(key, point);
            }
        }
    }
    return [...points.values()].map((p) => ({
        instance: p.instance,
        at: p.at,
        cpuSeconds: p.cpuSeconds,
        requests: p.requests,
        responseSeconds: p.responseSeconds,
        memoryBytes: p.memoryBytes,
        errors5xx: p.errors5xx,
    }));
}
function succeeded(metric) {
    return metric.errorCode === undefined || metric.errorCode === "Success";
}
/** Metrics asked for that failed, or came back with no value at all. */
function missingOf(metrics, asked) {
    return asked.flatMap((name) => {
        const metric = metrics.find((m) => m.name.value === name);
        if (metric && !succeeded(metric)) {
            return [{ metric: name, why: `${metric.errorCode}: ${metric.errorMessage ?? ""}`.trim() }];
        }
        const [, aggregation] = FIELDS[name];
        const values = (metric?.timeseries ?? []).some((t) => (t.data ?? []).some((d) => Number.isFinite(d[aggregation])));
        return values ? [] : [{ metric: name, why: "no data" }];
    });
}

// EXTERNAL MODULE: ./src/core/current-run.ts
var current_run = __webpack_require__(8238);
// EXTERNAL MODULE: ./src/core/metrics-window.ts
var metrics_window = __webpack_require__(8679);
;// CONCATENATED MODULE: ./src/core/plan-cpu.ts
const PLAN_CPU_SOURCE = "the plan's CpuPercentage per instance, as the site reports no CpuTime and is alone on its plan";
/** Whether the site's own CPU is missing, so the plan's is worth reading. */
function needsPlanCpu(series) {
    return (series.missing ?? []).some((m) => m.metric === "CpuTime");
}
/** CPU seconds = the instance's CPU share × the plan's vCPUs × the interval. */
function withPlanCpu(series, plan, cores) {
    const share = new Map(plan.map((p) => [`${p.instance.toLowerCase()}|${p.at}`, p.percent]));
    let filled = 0;
    const points = series.points.map((p) => {
        if (p.cpuSeconds !== undefined)
            return p;
        const percent = share.get(`${p.instance.toLowerCase()}|${p.at}`);
        if (percent === undefined)
            return p;
        filled++;
        return { ...p, cpuSeconds: (percent / 100) * cores * series.intervalSeconds };
    });
    return filled === 0 ? series : { ...series, points, cpuFrom: PLAN_CPU_SOURCE };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 172 modules
var identity_dist_esm = __webpack_require__(9907);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/azure/credential.ts
// Signs in to Azure without secrets in logs, trying in order: OIDC federation (client-id and
// tenant-id inputs), the Azure CLI session azure/login leaves, a service principal in the
// environment. The first that answers is kept; if none does, the error lists each one.




function createCredential(options) {
    const methods = [];
    if (options.clientId && options.tenantId) {
        methods.push({
            name: "OIDC federated credential (client-id, tenant-id)",
            hint: 'give the job "permissions: id-token: write" and add a federated credential for this repository to the app registration',
            credential: new identity_dist_esm/* ClientAssertionCredential */.XI(options.tenantId, options.clientId, () => options.getIdToken("api://AzureADTokenExchange")),
        });
    }
    methods.push({
        name: "Azure CLI session",
        hint: "run azure/login earlier in the job",
        credential: new identity_dist_esm/* AzureCliCredential */.nG(),
    }, {
        name: "service principal in the environment",
        hint: "set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET",
        credential: new identity_dist_esm/* EnvironmentCredential */.lp(),
    });
    return new FirstThatWorks(methods);
}
/** Tries each method in order and keeps the first that returns a token. */
class FirstThatWorks {
    methods;
    chosen;
    constructor(methods) {
        this.methods = methods;
    }
    async getToken(scopes, options) {
        if (this.chosen)
            return this.chosen.credential.getToken(scopes, options);
        const failures = [];
        for (const method of this.methods) {
            try {
                const token = await method.credential.getToken(scopes, options);
                if (token) {
                    this.chosen = method;
                    return token;
                }
                failures.push(`${method.name}: no token; ${method.hint}`);
            }
            catch (error) {
                failures.push(`${method.name}: ${firstLine((0,errors/* errorMessage */.gJ)(error))}; ${method.hint}`);
            }
        }
        throw new Error(`Could not sign in to Azure. Tried, in order:\n- ${failures.join("\n- ")}`);
    }
}
function firstLine(text) {
    return text.split("\n")[0].slice(0, 300);
}
/** subscription-id, else AZURE_SUBSCRIPTION_ID, else the Azure CLI's current subscription. */
async function resolveSubscription(input) {
    if (input)
        return input;
    const fromEnv = process.env.AZURE_SUBSCRIPTION_ID?.trim();
    if (fromEnv)
        return fromEnv;
    try {
        const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)("az", ["account", "show", "--query", "id", "--output", "tsv"], {
            timeout: 30_000,
        });
        const id = stdout.trim();
        if (/^[0-9a-f-]{36}$/i.test(id))
            return id;
    }
    catch {
        // fall through to the error below
    }
    throw new Error("subscription-id is empty, AZURE_SUBSCRIPTION_ID is unset and the Azure CLI has no current subscription: set subscription-id (or run azure/login first).");
}

;// CONCATENATED MODULE: ./src/azure/sync.ts


class WriteNotKeptError extends Error {
    name = "WriteNotKeptError";
}
class NotPythonOnLinuxError extends Error {
    name = "NotPythonOnLinuxError";
}
/** Refused to write because a step would be lost: nothing was written. */
class StepWouldBeLostError extends Error {
    name = "StepWouldBeLostError";
}
async function syncStartupCommand(store, request) {
    const config = await store.readStartupCommand();
    if (!/^python\|/i.test(config.linuxFxVersion)) {
        const stack = config.linuxFxVersion
            ? `its stack is ${JSON.stringify(config.linuxFxVersion)}`
            : "it has no Linux stack (a Windows app?)";
        throw new NotPythonOnLinuxError(`${store.describe()} is not a Python app on App Service for Linux: ${stack}. gunicorn-tuner only sets startup commands for Linux Python apps (linuxFxVersion PYTHON|3.x).`);
    }
    const previous = config.appCommandLine.trim() || undefined;
    const settings = await store.readGunicornSettings();
    const findings = request.command ? (0,startup_plan/* settingsFindings */.aj)(settings, request.config) : [];
    const plan = request.command
        ? (0,startup_plan/* planSite */.hY)({ ...request, command: request.command, appCommandLine: previous ?? "", settings })
        : undefined;
    const state = (outcome) => ({
        site: store.describe(),
        previous,
        outcome,
        desired: plan?.status === "write" ? plan.command : previous,
        current: plan?.current,
        findings: plan?.status === "write" && plan.note
            ? [...findings, { level: "notice", message: plan.note }]
            : findings,
    });
    if (!request.apply || !plan)
        return state(request.apply ? "blocked" : "read");
    if (request.blocked)
        return state("blocked");
    if (plan.status === "unchanged")
        return state("unchanged");
    if (plan.status === "refused")
        throw new StepWouldBeLostError(`${store.describe()}: ${plan.reason}`);
    if (request.dryRun)
        return state("dry-run");
    await store.writeStartupCommand(plan.command);
    // Report success only for what the site kept: read the value back.
    const kept = (await store.readStartupCommand()).appCommandLine.trim();
    if (kept !== plan.command) {
        throw new WriteNotKeptError(`${store.describe()} accepted the new startup command but did not keep it: it still reads ${JSON.stringify((0,log_text/* neutralize */.Y)(kept || "(empty)"))}. Check for a policy or deployment that resets appCommandLine, then run again.`);
    }
    return state("applied");
}

// EXTERNAL MODULE: ./src/core/plans.ts + 1 modules
var plans = __webpack_require__(9833);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./src/action/azure.ts
// The action's Azure edge, loaded only when a run talks to Azure (mode apply, plan auto, or
// app-name given), so output mode does not pay for the SDK at start-up.











async function connectAzure(azure) {
    const subscriptionId = await resolveSubscription(azure.subscriptionId);
    const credential = createCredential({
        clientId: azure.clientId,
        tenantId: azure.tenantId,
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
    });
    const service = new AppService(credential, { subscriptionId, resourceGroup: azure.resourceGroup, name: azure.appName, slot: azure.slot }, azure.armEndpoint);
    const monitor = new SiteMonitor(credential, subscriptionId, azure.armEndpoint);
    return {
        observe: (request) => observeSite(service, monitor, request),
        plan: (appsOnPlan) => readPlan(service, appsOnPlan),
        sync: async (request) => {
            const state = await syncStartupCommand(service, request);
            core/* setOutput */.uH("previous-startup-command", state.previous ?? "");
            core/* setOutput */.uH("applied", String(state.outcome === "applied"));
            if (state.outcome === "dry-run")
                core/* info */.pq(`dry-run: would set the startup command of ${state.site} (now: ${(0,log_text/* neutralize */.Y)(state.previous ?? "none")}) to:\n  ${(0,log_text/* neutralize */.Y)(state.desired ?? "")}`);
            if (state.outcome === "applied")
                core/* info */.pq(`Set the startup command of ${state.site} (it was: ${(0,log_text/* neutralize */.Y)(state.previous ?? "none")}).`);
            return state;
        },
    };
}
/** Series asked for at most: no App Service plan scales past 100 instances. */
const MAX_INSTANCES = 100;
async function observeSite(service, monitor, request) {
    const [ids, config, settings, planInfo] = await Promise.all([
        service.resourceIds(),
        service.readStartupCommand(),
        service.readGunicornSettings(),
        service.readPlan().catch(() => undefined),
    ]);
    const span = (0,metrics_window/* spanFor */.Wc)(request.window, Date.now());
    // Azure returns at most `top` series per metric (10 by default): ask for every instance.
    const top = Math.min(MAX_INSTANCES, Math.max(planInfo?.maxWorkers ?? MAX_INSTANCES, 1));
    const [siteSeries, configWrites, plan] = await Promise.all([
        monitor.siteSeries(ids.site, span, top),
        monitor.configWrites(ids.site, span),
        monitor.planAverages(ids.plan, span).catch(() => undefined),
    ]);
    const series = needsPlanCpu(siteSeries) && planInfo?.sites === 1
        ? withPlanCpu(siteSeries, await monitor.planCpu(ids.plan, span, top), request.cores)
        : siteSeries;
    return {
        series,
        configWrites,
        plan,
        window: request.window.text,
        cores: request.cores,
        current: (0,current_run/* currentRun */.xh)(config.appCommandLine, settings, request.files, request.cores),
    };
}
async function readPlan(service, appsOnPlan) {
    const info = await service.readPlan();
    const resources = (0,plans/* findPlan */.L9)(info.sku);
    if (!resources) {
        throw new Error(`plan: auto read SKU ${JSON.stringify(info.sku)} from plan ${info.name}, which is not a Linux App Service SKU gunicorn-tuner knows (${plans/* PLAN_SKUS */.rx.join(", ")}). Set plan: custom with cores and memory-mb.`);
    }
    const findings = [
        {
            level: "notice",
            message: `plan: auto read ${resources.sku} from plan ${info.name}${info.instances ? ` (${(0,words/* plural */.L)(info.instances, "instance")}; the numbers are per instance)` : ""}.`,
        },
    ];
    if (info.sites !== undefined && info.sites > appsOnPlan) {
        findings.push({
            level: "warning",
            message: `Plan ${info.name} hosts ${info.sites} apps, which share its memory, but apps-on-plan is ${appsOnPlan}: set apps-on-plan: ${info.sites} so the workers fit.`,
        });
    }
    return { resources, findings };
}


/***/ })

};
