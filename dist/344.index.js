export const id = 344;
export const ids = [344];
export const modules = {

/***/ 6344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectAzure: () => (/* binding */ connectAzure)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/index.js + 61 modules
var esm = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/core/command/startup-plan.ts + 1 modules
var startup_plan = __webpack_require__(8148);
// EXTERNAL MODULE: ./src/core/report/log-text.ts
var log_text = __webpack_require__(534);
;// CONCATENATED MODULE: ./src/azure/explain.ts
// One sentence for a failed Azure call: what was asked, the status and code, the server's own
// text (one line, no workflow commands), and what to check.

function explain(error, action, hints) {
    const e = error;
    if (e.name === "ResponseBoundError" && /over \d+ MB/.test(e.message ?? "")) {
        return `Azure's answer was cut off when asked to ${action}: ${(0,log_text/* neutralize */.Y)(e.message ?? "")}.`;
    }
    if (e.name === "ResponseBoundError" ||
        e.name === "AbortError" ||
        e.code === "REQUEST_SEND_ERROR" ||
        e.name === "TimeoutError") {
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

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(690);
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

;// CONCATENATED MODULE: ./src/azure/limits.ts

const DEFAULT_LIMITS = {
    requestTimeoutMs: 30_000,
    maxResponseBytes: 16 * 1024 * 1024,
    budgetMs: 300_000,
    maxRetryAfterMs: 60_000,
    maxRetries: 3,
};
/** Metrics are optional: reading them may never take the time the write and its check need. */
const MONITOR_LIMITS = { ...DEFAULT_LIMITS, budgetMs: 120_000 };
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
/**
 * The SDK's request timeout stops once the headers arrive, so a body sent a byte a second
 * would hold the step until its whole budget is gone. This bounds each answer, headers and
 * body, in time and in size.
 */
function boundedResponses(limits) {
    return {
        name: "gunicornTunerBoundedResponses",
        async sendRequest(request, next) {
            const outer = request.abortSignal;
            const controller = new AbortController();
            let cutOff = () => { };
            const bound = new Promise((_, reject) => (cutOff = reject));
            const stop = (why) => {
                const where = `${request.method} ${new URL(request.url).pathname}`;
                cutOff(new ResponseBoundError(`${where} ${why}`));
                controller.abort();
            };
            const onOuter = () => controller.abort();
            if (outer?.aborted)
                controller.abort();
            outer?.addEventListener("abort", onOuter, { once: true });
            const seconds = limits.requestTimeoutMs / 1000;
            const timer = setTimeout(() => stop(`did not finish its answer within ${seconds} s`), limits.requestTimeoutMs);
            const progress = request.onDownloadProgress;
            request.abortSignal = controller.signal;
            request.onDownloadProgress = (p) => {
                if (p.loadedBytes > limits.maxResponseBytes) {
                    stop(`sent an answer over ${limits.maxResponseBytes / 1048576} MB`);
                }
                progress?.(p);
            };
            try {
                // The HTTP client does not always settle when a body is cut off mid-stream (it waits
                // for an "end" or "error" the socket may never send), so the bound settles it.
                return await Promise.race([next(request), bound]);
            }
            finally {
                clearTimeout(timer);
                outer?.removeEventListener("abort", onOuter);
                request.abortSignal = outer;
                request.onDownloadProgress = progress;
            }
        },
    };
}
class ResponseBoundError extends Error {
    name = "ResponseBoundError";
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
/** The options every ARM client here is built with: endpoint, scope, retries and policies. */
function armClientOptions(endpoint, limits) {
    return {
        endpoint,
        credentials: { scopes: [`${endpoint}/.default`] },
        retryOptions: { maxRetries: limits.maxRetries },
        additionalPolicies: [
            { policy: retryAfterCap(limits.maxRetryAfterMs), position: "perRetry" },
            { policy: boundedResponses(limits), position: "perRetry" },
            { policy: armErrorBodies(), position: "perCall" },
        ],
    };
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
    productionRead;
    slotRead;
    constructor(credential, site, endpoint, limits = DEFAULT_LIMITS) {
        this.site = site;
        this.client = new esm/* WebSiteManagementClient */.yX(credential, site.subscriptionId, armClientOptions(endpoint, limits));
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
            healthCheckPath: config.healthCheckPath ?? "",
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
    /** Where the site (or slot) answers: <site>.azurewebsites.net, <site>-<slot>.… for a slot. */
    async readHostName() {
        const site = await this.siteOrSlot();
        if (!site.defaultHostName)
            throw new AzureCallError(`${this.describe()} has no default host name: set site-url.`);
        return site.defaultHostName;
    }
    /** The site's SCM (Kudu) address: the host name ARM lists with hostType Repository. */
    async readScmOrigin() {
        const site = await this.siteOrSlot();
        const scm = site.hostNameSslStates?.find((h) => h.hostType === "Repository")?.name;
        if (!scm)
            throw new AzureCallError(`${this.describe()} lists no SCM (Kudu) host name.`);
        return `https://${scm}`;
    }
    /** The site's (or slot's) resource id, for Azure Monitor, and its plan's. */
    async resourceIds() {
        const site = await this.production();
        const id = site.id ?? "";
        const { slot } = this.site;
        return { site: slot ? `${id}/slots/${slot}` : id, plan: site.serverFarmId ?? "" };
    }
    /** The plan the site runs on: its server farm may live in another resource group. */
    async readPlan() {
        const site = await this.production();
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
    /**
     * The site resource, read once per run: its ids, plan and host names do not change while the
     * step runs, and several steps ask for them.
     */
    production() {
        const { resourceGroup, name } = this.site;
        this.productionRead ??= this.call("read", "Reader", () => this.client.webApps.get(resourceGroup, name, this.bounded()));
        return this.productionRead;
    }
    /** The slot's resource when a slot is configured, else the site's. */
    siteOrSlot() {
        const { resourceGroup, name, slot } = this.site;
        if (!slot)
            return this.production();
        this.slotRead ??= this.call("read", "Reader", () => this.client.webApps.getSlot(resourceGroup, name, slot, this.bounded()));
        return this.slotRead;
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
/** Series asked for at most: no App Service plan scales past 100 instances. */
const MAX_INSTANCES = 100;
/**
 * `top` for a per-instance query: Azure returns at most `top` series per metric (10 unless
 * asked), so ask for as many instances as the plan can have.
 */
function instancesTop(planMaxWorkers) {
    return Math.min(MAX_INSTANCES, Math.max(planMaxWorkers ?? MAX_INSTANCES, 1));
}
/** Activity-log pages read at most: a week of a busy subscription fits in far fewer. */
const MAX_ACTIVITY_PAGES = 50;
class SiteMonitor {
    client;
    bounded;
    constructor(credential, subscriptionId, endpoint, limits = DEFAULT_LIMITS) {
        this.client = new arm_monitor_dist_esm/* MonitorClient */.UK(credential, subscriptionId, armClientOptions(endpoint, limits));
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

// EXTERNAL MODULE: ./src/core/command/current-run.ts
var current_run = __webpack_require__(7556);
// EXTERNAL MODULE: ./src/core/site/metrics-window.ts
var metrics_window = __webpack_require__(7855);
;// CONCATENATED MODULE: ./src/core/site/plan-cpu.ts
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
// EXTERNAL MODULE: ./src/core/inputs/errors.ts
var errors = __webpack_require__(5434);
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

// EXTERNAL MODULE: ./node_modules/@azure/arm-resources/dist/esm/index.js + 24 modules
var arm_resources_dist_esm = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/azure/site-tags.ts
// The one adapter over Azure's Tags API for the site: merge our own tags, never touching the
// others. A Merge PATCH of `…/providers/Microsoft.Resources/tags/default` adds or updates the
// named tags only, and a tag write does not restart the app (../shared/AZURE-NOTES.md).



class SiteTags {
    client;
    bounded;
    constructor(credential, subscriptionId, endpoint, limits = DEFAULT_LIMITS) {
        this.client = new arm_resources_dist_esm/* ResourceManagementClient */.h0(credential, subscriptionId, armClientOptions(endpoint, limits));
        this.bounded = boundedCalls(limits);
    }
    async read(resourceId) {
        try {
            const found = await this.client.tagsOperations.getAtScope(resourceId.replace(/^\//, ""), this.bounded());
            return { ...(found.properties?.tags ?? {}) };
        }
        catch (error) {
            throw new Error(explain(error, "read the site's tags", {
                role: "Reader",
                notFound: "Check app-name and resource-group-name.",
            }));
        }
    }
    async merge(resourceId, tags) {
        try {
            await this.client.tagsOperations.updateAtScope(resourceId.replace(/^\//, ""), { operation: "Merge", properties: { tags } }, { ...this.bounded(), updateIntervalInMs: 2000 });
        }
        catch (error) {
            throw new Error(explain(error, "record the change in the site's tags", {
                role: "Tag Contributor (or Website Contributor)",
                notFound: "Check app-name and resource-group-name.",
            }));
        }
    }
}

;// CONCATENATED MODULE: ./src/core/site/health.ts
// Whether the site came back after a startup-command write: what counts as healthy, how often to
// ask, and the answers in words. A config write restarts the app, and App Service's front end
// answers 503 while it does, so one good answer is not enough: the site must stay healthy for a
// while (the old process may still answer for a few seconds after the write).
/** A configured health path must answer 200; the site's root anything below 500. */
function isHealthy(status, healthPath) {
    if (status === undefined)
        return false;
    return healthPath ? status === 200 : status < 500;
}
/** How long answers must stay healthy, and how often to ask: both scale with the timeout. */
function pacing(timeoutMs) {
    return {
        settleMs: Math.min(30_000, timeoutMs / 5),
        firstDelayMs: Math.min(2_000, timeoutMs / 50),
        maxDelayMs: Math.min(15_000, timeoutMs / 10),
        requestTimeoutMs: Math.min(10_000, timeoutMs / 5),
    };
}
/** "503 ×4, no answer ×2, 200 ×1", in the order first seen. */
function describeAnswers(answers) {
    const counts = new Map();
    for (const a of answers) {
        const key = a.status === undefined ? "no answer" : String(a.status);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([k, n]) => `${k} ×${n}`).join(", ") || "no answer";
}

;// CONCATENATED MODULE: ./src/azure/health-guard.ts


class UnhealthyChangeError extends Error {
    name = "UnhealthyChangeError";
}
class RevertFailedError extends Error {
    name = "RevertFailedError";
}
/** Where to ask, from the inputs and what the site says of itself. */
async function healthTarget(store, guard, siteHealthPath) {
    const origin = guard.siteUrl ?? `https://${await store.readHostName()}`;
    const path = guard.path ?? (siteHealthPath || "/");
    return { url: `${origin}${path}`, healthPath: path !== "/" };
}
/** Seconds the site gets to show it is healthy before the write. */
const BEFORE_MS = 10_000;
/**
 * Whether the health check can judge the write: a site this runner cannot reach, or that is
 * not healthy before the change (access restrictions, a private endpoint), would make every
 * change look broken and be reverted, so the check is skipped with a warning instead.
 */
async function readyToGuard(store, health, healthCheckPath) {
    if (!health || health.timeoutMs === 0)
        return undefined;
    const target = await healthTarget(store, health, healthCheckPath);
    const before = await health.wait(target, Math.min(health.timeoutMs, BEFORE_MS));
    if (before.healthy)
        return { target };
    return {
        skipped: {
            level: "warning",
            message: `The health check after the write was skipped: before the change ${target.url} answered ${describeAnswers(before.answers)}, not healthy from this runner, so it could not tell a broken command from an unreachable site. Set site-url and health-path to an address the runner reaches, or health-timeout: 0.`,
        },
    };
}
/** Healthy: the report. Not: the previous command is put back, and this throws why. */
async function guardWrite(store, guard, target, previous) {
    const writtenAt = Date.now();
    const after = await guard.wait(target, guard.timeoutMs);
    if (after.healthy)
        return after;
    const logged = await containerLog(store, writtenAt);
    const seen = `${target.url} answered ${describeAnswers(after.answers)} in ${after.seconds} s${logged}`;
    const shown = previous
        ? JSON.stringify((0,log_text/* neutralize */.Y)(previous))
        : "(empty: App Service's own detection)";
    try {
        await store.writeStartupCommand(previous);
        const back = (await store.readStartupCommand()).appCommandLine;
        if (back.trim() !== previous.trim())
            throw new Error(`it still reads ${JSON.stringify((0,log_text/* neutralize */.Y)(back))}`);
    }
    catch (error) {
        throw new RevertFailedError(`THE SITE MAY BE DOWN, AND ITS PREVIOUS STARTUP COMMAND COULD NOT BE PUT BACK. ${store.describe()} did not come back healthy after the new command was written (${seen}), and writing the previous one failed: ${(0,log_text/* neutralize */.Y)(error.message)}. Set it back by hand now (Configuration → General settings → Startup Command): ${shown}`);
    }
    const again = await guard.wait(target, guard.timeoutMs);
    const now = again.healthy
        ? `the site answered healthy again after ${again.seconds} s`
        : `the site still did not answer healthy (${describeAnswers(again.answers)} in ${again.seconds} s)`;
    throw new UnhealthyChangeError(`${store.describe()} did not come back healthy within ${Math.round(guard.timeoutMs / 1000)} s of the new startup command (${seen}). The previous command is back (${shown}) and ${now}. The container log (Log stream) says why the new command failed.`);
}
/** "; the container log shows …" when it can be read and says something. */
async function containerLog(store, since) {
    const said = await store.containerLog?.(since).catch(() => "");
    return said ? `; the container log shows ${said}` : "";
}

;// CONCATENATED MODULE: ./src/core/site/container-logs.ts
// What the container log says about gunicorn after a change: workers killed for running past
// their timeout, workers the kernel killed (out of memory, as gunicorn itself suggests), and
// worker boots, which repeat in a boot loop. Lines are counted from the change on.
const TIMEOUT = /\[CRITICAL\] WORKER TIMEOUT/;
const KILLED = /was sent SIGKILL|Perhaps out of memory/;
const BOOT = /Booting worker with pid/;
/** App Service's own ISO time at the line start, else gunicorn's `[2026-11-29 06:00:01 +0000]`. */
const STAMP = /(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z| ?[+-]\d{4})?/;
function logProblems(texts, since) {
    const count = { timeouts: 0, killed: 0, boots: 0 };
    for (const text of texts) {
        for (const line of text.split("\n")) {
            const at = stampOf(line);
            if (at === undefined || at < since)
                continue;
            if (TIMEOUT.test(line))
                count.timeouts++;
            else if (KILLED.test(line))
                count.killed++;
            else if (BOOT.test(line))
                count.boots++;
        }
    }
    return count;
}
function stampOf(line) {
    const m = STAMP.exec(line);
    if (!m)
        return undefined;
    const zone = !m[3] || m[3] === "Z" ? "Z" : `${m[3].trim().slice(0, 3)}:${m[3].trim().slice(3)}`;
    const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
    return Number.isFinite(t) ? t : undefined;
}
/** A boot loop: far more worker boots than the workers a couple of restarts would start. */
function bootLoop(problems, workers) {
    return problems.boots > Math.max(10, 3 * workers);
}
/** "3 WORKER TIMEOUTs, 2 workers killed (out of memory?), 14 worker boots", or "". */
function describeProblems(p) {
    return [
        p.timeouts && `${p.timeouts} WORKER TIMEOUT${p.timeouts === 1 ? "" : "s"}`,
        p.killed &&
            `${p.killed} worker${p.killed === 1 ? "" : "s"} killed with SIGKILL (out of memory?)`,
        p.boots && `${p.boots} worker boot${p.boots === 1 ? "" : "s"}`,
    ]
        .filter(Boolean)
        .join(", ");
}

// EXTERNAL MODULE: ./src/core/site/queueing.ts
var queueing = __webpack_require__(9222);
// EXTERNAL MODULE: ./src/core/site/units.ts
var units = __webpack_require__(1312);
;// CONCATENATED MODULE: ./src/core/site/change-judge.ts
// Judges the last recorded change on a later run: the site's metrics before and after it, at
// comparable load (only the intervals whose request rate both periods share), so a change is
// not blamed for a busier week nor praised for a quieter one.



/** Worse: p95 this much longer, 5xx this many points higher, or memory above this share. */
const REGRESSION = { p95Ratio: 1.2, errorPoints: 0.01, memoryShare: 0.9 };
/** Better: p95 at most this share of before. */
const BETTER_P95 = 0.9;
/** Busy intervals each period needs at comparable load before a verdict. */
const MIN_COMPARABLE = 30;
/** The first intervals after a change are its restart, not its steady state. */
const SETTLE_MS = 10 * 60_000;
function judgeChange(series, changedAt, memoryMb, logs) {
    const perMinute = (p) => (p.requests * 60) / series.intervalSeconds;
    const busy = series.points.filter((p) => (p.requests ?? 0) > 0 && p.responseSeconds !== undefined);
    const before = busy.filter((p) => p.at < changedAt);
    const after = busy.filter((p) => p.at >= changedAt + SETTLE_MS);
    const [lo, hi] = sharedRange(before.map(perMinute), after.map(perMinute));
    const comparable = (list) => list.filter((p) => perMinute(p) >= lo && perMinute(p) <= hi);
    const [b, a] = [comparable(before), comparable(after)];
    if (b.length < MIN_COMPARABLE || a.length < MIN_COMPARABLE) {
        return { kind: "wait", have: Math.min(b.length, a.length), need: MIN_COMPARABLE };
    }
    const all = series.points;
    const statsOf = (list, inside) => stats(list, all.filter((p) => inside(p.at)), memoryMb);
    const beforeStats = statsOf(b, (t) => t < changedAt);
    const afterStats = statsOf(a, (t) => t >= changedAt + SETTLE_MS);
    const reasons = [...regressions(beforeStats, afterStats), ...logReasons(logs)];
    const kind = reasons.length > 0
        ? "worse"
        : afterStats.p95 <= beforeStats.p95 * BETTER_P95
            ? "better"
            : "same";
    return { kind, before: beforeStats, after: afterStats, rates: [lo, hi], reasons };
}
/** The 10th to 90th percentile of request rates that both periods reach. */
function sharedRange(before, after) {
    const at = (xs, q) => xs.length
        ? (0,queueing/* quantile */.YV)([...xs].sort((x, y) => x - y), q)
        : 0;
    return [Math.max(at(before, 0.1), at(after, 0.1)), Math.min(at(before, 0.9), at(after, 0.9))];
}
function stats(busy, all, memoryMb) {
    const times = busy.map((p) => p.responseSeconds).sort((x, y) => x - y);
    const requests = all.reduce((n, p) => n + (p.requests ?? 0), 0);
    const errors = all.reduce((n, p) => n + (p.errors5xx ?? 0), 0);
    const memory = all.flatMap((p) => (p.memoryBytes === undefined ? [] : [p.memoryBytes]));
    return {
        intervals: busy.length,
        p50: (0,queueing/* median */.JZ)(times),
        p95: (0,queueing/* quantile */.YV)(times, 0.95),
        errorShare: requests ? errors / requests : 0,
        memoryShare: memory.length ? (0,queueing/* median */.JZ)(memory) / 1048576 / memoryMb : undefined,
    };
}
function regressions(before, after) {
    const out = [];
    if (after.p95 >= before.p95 * REGRESSION.p95Ratio)
        out.push(`p95 response ${(after.p95 / before.p95).toFixed(1)}× as long`);
    if (after.errorShare - before.errorShare > REGRESSION.errorPoints)
        out.push(`5xx up from ${(0,units/* percent */.K)(before.errorShare)} to ${(0,units/* percent */.K)(after.errorShare)}`);
    if ((after.memoryShare ?? 0) > REGRESSION.memoryShare)
        out.push(`memory at ${(0,units/* percent */.K)(after.memoryShare)} of the plan`);
    return out;
}
/** Workers killed or timing out, or a boot loop, since the change: each is worse. */
function logReasons(logs) {
    if (!logs)
        return [];
    const { problems, workers } = logs;
    const serious = problems.timeouts > 0 || problems.killed > 0 || bootLoop(problems, workers);
    return serious ? [`the container log shows ${describeProblems(problems)} since the change`] : [];
}

;// CONCATENATED MODULE: ./src/core/site/change-findings.ts
// The judgement of the last recorded change in words: a finding that says what was seen and
// what was done, and the before → after table the report shows.


function judgementTable(verdict, changedAt) {
    if (verdict.kind === "wait")
        return undefined;
    const { before: b, after: a, rates } = verdict;
    const memory = (x) => (x === undefined ? "–" : (0,units/* percent */.K)(x));
    return {
        title: `The change of ${changedAt.slice(0, 16).replace("T", " ")} UTC, at comparable load (${Math.round(rates[0])}–${Math.round(rates[1])} requests a minute per instance)`,
        rows: [
            ["median response", (0,units/* duration */.p)(b.p50), (0,units/* duration */.p)(a.p50)],
            ["p95 response", (0,units/* duration */.p)(b.p95), (0,units/* duration */.p)(a.p95)],
            ["5xx", (0,units/* percent */.K)(b.errorShare), (0,units/* percent */.K)(a.errorShare)],
            ["memory of the plan", memory(b.memoryShare), memory(a.memoryShare)],
            ["busy intervals", String(b.intervals), String(a.intervals)],
        ],
    };
}
function judgementFinding(verdict, changedAt, action, previous, failure = "") {
    const when = `The change of ${changedAt.slice(0, 16).replace("T", " ")} UTC`;
    if (verdict.kind === "wait") {
        return {
            level: "notice",
            message: `${when} cannot be judged yet: ${verdict.have} busy intervals at comparable load on each side, ${MIN_COMPARABLE} needed. A later run judges it.`,
        };
    }
    const ratio = (verdict.after.p95 / verdict.before.p95).toFixed(2);
    if (verdict.kind === "better") {
        return {
            level: "notice",
            message: `${when} made the site faster at comparable load: p95 ${(0,units/* duration */.p)(verdict.before.p95)} → ${(0,units/* duration */.p)(verdict.after.p95)} (${ratio}×). It stays.`,
        };
    }
    if (verdict.kind === "same") {
        return {
            level: "notice",
            message: `${when} left the site about as it was at comparable load (p95 ${ratio}×). It stays.`,
        };
    }
    const worse = `${when} made the site worse at comparable load: ${verdict.reasons.join("; ")}.`;
    const shown = previous ? `\`${previous}\`` : "(empty: App Service's own detection)";
    if (action === "failed") {
        return {
            level: "warning",
            message: `${worse} Putting the previous startup command back (${shown}) failed: ${failure}`,
        };
    }
    return action === "undone"
        ? {
            level: "warning",
            message: `${worse} The previous startup command is back (${shown}), and the undone one is recorded so no later run applies it again.`,
        }
        : {
            level: "warning",
            message: `${worse} Set rollback-on-regression: true with mode apply to put the previous command back (${shown}).`,
        };
}

;// CONCATENATED MODULE: ./src/core/site/change-record.ts
// What gunicorn-tuner records on the site, as site tags whose names start with `gunicorn-tuner`:
// after a change that came back healthy, the previous startup command and when; after a change
// a later run undid, the command that was undone, so no run applies it again. A tag value
// holds 256 characters, so a long command is split over numbered tags with their count.
const TAG_PREFIX = "gunicorn-tuner";
/** Azure's limit on one tag value. */
const TAG_VALUE_MAX = 256;
const CHANGED_AT = `${TAG_PREFIX}-changed-at`;
const UNDONE_AT = `${TAG_PREFIX}-undone-at`;
function recordTags(record) {
    return { [CHANGED_AT]: record.changedAt, ...split("previous", record.previous) };
}
function undoneTags(record) {
    return { [UNDONE_AT]: record.undoneAt, ...split("undone", record.command) };
}
/** The change record back from the site's tags; undefined when there is none or it is torn. */
function readRecord(tags) {
    const changedAt = tags[CHANGED_AT];
    const previous = joined(tags, "previous");
    return changedAt && previous !== undefined ? { previous, changedAt } : undefined;
}
function readUndone(tags) {
    const undoneAt = tags[UNDONE_AT];
    const command = joined(tags, "undone");
    return undoneAt && command ? { command, undoneAt } : undefined;
}
function split(name, value) {
    const parts = [];
    for (let i = 0; i < value.length; i += TAG_VALUE_MAX)
        parts.push(value.slice(i, i + TAG_VALUE_MAX));
    return {
        [`${TAG_PREFIX}-${name}-parts`]: String(parts.length),
        ...Object.fromEntries(parts.map((p, i) => [`${TAG_PREFIX}-${name}-${i + 1}`, p])),
    };
}
function joined(tags, name) {
    const count = Number(tags[`${TAG_PREFIX}-${name}-parts`]);
    if (!Number.isInteger(count) || count < 0 || count > 50)
        return undefined;
    const parts = Array.from({ length: count }, (_, i) => tags[`${TAG_PREFIX}-${name}-${i + 1}`]);
    return parts.some((p) => p === undefined) ? undefined : parts.join("");
}

;// CONCATENATED MODULE: ./src/run/judge.ts








/** The metrics before a change that the judgement compares with. */
const judge_BEFORE_MS = 7 * 86_400_000;
async function judgeLastChange(parts, request) {
    try {
        return await judge(parts, request);
    }
    catch (error) {
        return {
            findings: [
                {
                    level: "warning",
                    message: `The last recorded change could not be judged: ${(0,log_text/* neutralize */.Y)((0,errors/* errorMessage */.gJ)(error))}`,
                },
            ],
        };
    }
}
async function judge({ service, monitor, tags }, request) {
    const ids = await service.resourceIds();
    const siteTags = await tags.read(ids.site);
    const record = readRecord(siteTags);
    const undone = readUndone(siteTags);
    if (!record || (undone && undone.undoneAt >= record.changedAt)) {
        return { findings: [], undone: undone?.command };
    }
    const changedAt = Date.parse(record.changedAt);
    const now = Date.now();
    const span = (0,metrics_window/* spanFor */.Wc)({ text: "", ms: now - changedAt + judge_BEFORE_MS }, now);
    const plan = await service.readPlan().catch(() => undefined);
    const series = await monitor.siteSeries(ids.site, span, instancesTop(plan?.maxWorkers));
    const config = await service.readStartupCommand();
    const current = config.appCommandLine;
    const logs = await request.logs?.(changedAt).catch(() => undefined);
    const verdict = judgeChange(series, changedAt, request.memoryMb, logs && { problems: logs, workers: workersIn(current) });
    const table = judgementTable(verdict, record.changedAt);
    if (verdict.kind !== "worse" || !request.undo) {
        const action = verdict.kind === "worse" ? "reported" : "kept";
        return {
            findings: [judgementFinding(verdict, record.changedAt, action, record.previous)],
            table,
            undone: undone?.command,
        };
    }
    try {
        await undo(service, request.guard, record.previous, config);
    }
    catch (error) {
        const failure = (0,log_text/* neutralize */.Y)((0,errors/* errorMessage */.gJ)(error));
        return {
            findings: [judgementFinding(verdict, record.changedAt, "failed", record.previous, failure)],
            table,
        };
    }
    await tags.merge(ids.site, undoneTags({ command: current, undoneAt: new Date().toISOString() }));
    return {
        findings: [judgementFinding(verdict, record.changedAt, "undone", record.previous)],
        table,
        undone: current,
    };
}
/** The workers a command starts (1 when it does not say): what a boot loop is measured by. */
function workersIn(command) {
    const m = /(?:--workers[= ]|-w ?)(\d+)/.exec(command);
    return m ? Number(m[1]) : 1;
}
/** The previous command back, guarded: if that does not come up either, the current returns. */
async function undo(service, guard, previous, config) {
    const current = config.appCommandLine;
    // Someone already put it back: a write would only restart the app.
    if (current.trim() === previous.trim())
        return;
    const ready = await readyToGuard(service, guard, config.healthCheckPath);
    await service.writeStartupCommand(previous);
    const back = (await service.readStartupCommand()).appCommandLine;
    if (back.trim() !== previous.trim()) {
        throw new Error(`the site did not keep the previous command ${JSON.stringify(previous)}`);
    }
    if (ready && "target" in ready)
        await guardWrite(service, guard, ready.target, current);
}

// EXTERNAL MODULE: ./src/core/command/dev-settings.ts
var dev_settings = __webpack_require__(3778);
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
    const findings = request.command
        ? [...(0,startup_plan/* settingsFindings */.aj)(settings, request.config), ...(0,dev_settings/* siteReloadFinding */.q)(previous ?? "")]
        : [];
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
    if (request.undone !== undefined && plan.command.trim() === request.undone.trim()) {
        const held = state("held");
        const message = "This command was applied before and undone for making the site worse, so it is not applied again. Remove the site's gunicorn-tuner-undone-* tags to let a run try it again.";
        return { ...held, findings: [...held.findings, { level: "notice", message }] };
    }
    if (request.dryRun)
        return state("dry-run");
    const guard = await readyToGuard(store, request.health, config.healthCheckPath);
    await store.writeStartupCommand(plan.command);
    // Report success only for what the site kept: read the value back.
    const kept = (await store.readStartupCommand()).appCommandLine.trim();
    if (kept !== plan.command) {
        throw new WriteNotKeptError(`${store.describe()} accepted the new startup command but did not keep it: it still reads ${JSON.stringify((0,log_text/* neutralize */.Y)(kept || "(empty)"))}. Check for a policy or deployment that resets appCommandLine, then run again.`);
    }
    const applied = state("applied");
    if (!guard)
        return applied;
    if ("skipped" in guard)
        return { ...applied, findings: [...applied.findings, guard.skipped] };
    const { target } = guard;
    // The previous value byte for byte, so a revert restores exactly what the site had.
    const health = await guardWrite(store, request.health, target, config.appCommandLine);
    const healthy = {
        level: "notice",
        message: `The site came back healthy: ${target.url} answered ${describeAnswers(health.answers)} over ${health.seconds} s after the write.`,
    };
    const record = await recorded(store, {
        previous: config.appCommandLine,
        changedAt: new Date().toISOString(),
    });
    return { ...applied, findings: [...applied.findings, healthy, ...record] };
}
/** The change is made and healthy: failing to record it is worth a warning, not a failure. */
async function recorded(store, record) {
    if (!store.recordChange)
        return [];
    try {
        await store.recordChange(record);
        return [];
    }
    catch (error) {
        return [
            {
                level: "warning",
                message: `The change was not recorded in the site's tags (${(0,log_text/* neutralize */.Y)(error.message)}), so a later run cannot judge or undo it by itself.`,
            },
        ];
    }
}

;// CONCATENATED MODULE: ./src/azure/kudu.ts
/** The tail of each log file read at most, and how many files. */
const MAX_BYTES = 1024 * 1024;
const MAX_FILES = 10;
const TIMEOUT_MS = 30_000;
class KuduLogs {
    credential;
    armEndpoint;
    constructor(credential, armEndpoint) {
        this.credential = credential;
        this.armEndpoint = armEndpoint;
    }
    /** The text of the docker logs updated since `since`, newest first. */
    async dockerLogs(scmOrigin, since) {
        const token = await this.credential.getToken(`${this.armEndpoint}/.default`);
        const headers = { authorization: `Bearer ${token?.token ?? ""}` };
        const list = (await this.get(`${scmOrigin}/api/logs/docker`, headers, "json"));
        const files = (Array.isArray(list) ? list : [])
            .filter((f) => f.href?.startsWith(`${scmOrigin}/`) && Date.parse(f.lastUpdated ?? "") >= since)
            .sort((a, b) => Date.parse(b.lastUpdated) - Date.parse(a.lastUpdated))
            .slice(0, MAX_FILES);
        const texts = [];
        for (const f of files)
            texts.push((await this.get(f.href, headers, "text")));
        return texts;
    }
    async get(url, headers, as) {
        const res = await fetch(url, {
            headers,
            signal: AbortSignal.timeout(TIMEOUT_MS),
            redirect: "error",
        });
        if (!res.ok)
            throw new Error(`Kudu answered ${res.status} for ${new URL(url).pathname}`);
        const text = await res.text();
        if (as === "json") {
            if (text.length > MAX_BYTES)
                throw new Error("Kudu's list of log files is too large");
            return JSON.parse(text);
        }
        // The newest lines are at the end: keep the tail of a large file.
        return text.length > MAX_BYTES ? text.slice(text.length - MAX_BYTES) : text;
    }
}

;// CONCATENATED MODULE: ./src/site/health-probe.ts
// The one adapter over the site's own HTTP endpoint: ask it until it stays healthy or the time
// runs out, with backoff, each request bounded in time.

async function waitForHealth(target, timeoutMs) {
    const pace = pacing(timeoutMs);
    const start = Date.now();
    const answers = [];
    let healthySince;
    let delay = pace.firstDelayMs;
    while (Date.now() - start < timeoutMs) {
        const remaining = timeoutMs - (Date.now() - start);
        const status = await ask(target.url, Math.min(pace.requestTimeoutMs, remaining));
        const at = Date.now() - start;
        answers.push({ at, status });
        if (isHealthy(status, target.healthPath)) {
            healthySince ??= at;
            if (at - healthySince >= pace.settleMs)
                return report(true, start, answers);
        }
        else
            healthySince = undefined;
        await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, timeoutMs - at))));
        delay = Math.min(pace.maxDelayMs, delay * 1.5);
    }
    return report(false, start, answers);
}
async function ask(url, timeoutMs) {
    try {
        const res = await fetch(url, {
            signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
            redirect: "manual",
            headers: { "user-agent": "gunicorn-tuner health check" },
        });
        await res.arrayBuffer().catch(() => undefined);
        return res.status;
    }
    catch {
        return undefined;
    }
}
function report(healthy, start, answers) {
    return { healthy, seconds: Math.round((Date.now() - start) / 100) / 10, answers };
}

// EXTERNAL MODULE: ./src/core/sizing/plans.ts + 1 modules
var plans = __webpack_require__(7756);
// EXTERNAL MODULE: ./src/core/report/words.ts
var words = __webpack_require__(2055);
;// CONCATENATED MODULE: ./src/run/azure-session.ts
// The Azure side of a run, for the action and the CLI alike: loaded only when a run talks to
// Azure (mode apply, plan auto, or app-name given), so output mode does not pay for the SDK.
















async function connectAzure(azure, signIn = {}) {
    const subscriptionId = await resolveSubscription(azure.subscriptionId);
    const credential = createCredential({
        clientId: azure.clientId,
        tenantId: azure.tenantId,
        getIdToken: signIn.getIdToken ??
            (() => Promise.reject(new Error("no OIDC token outside GitHub Actions"))),
    });
    const service = new AppService(credential, { subscriptionId, resourceGroup: azure.resourceGroup, name: azure.appName, slot: azure.slot }, azure.armEndpoint);
    const monitor = new SiteMonitor(credential, subscriptionId, azure.armEndpoint, MONITOR_LIMITS);
    const tags = new SiteTags(credential, subscriptionId, azure.armEndpoint);
    const kudu = new KuduLogs(credential, azure.armEndpoint);
    const logs = async (since) => logProblems(await kudu.dockerLogs(await service.readScmOrigin(), since), since);
    const guard = {
        timeoutMs: azure.health.timeoutSeconds * 1000,
        siteUrl: azure.health.siteUrl,
        path: azure.health.path,
        wait: waitForHealth,
    };
    return {
        judge: (memoryMb, undo) => judgeLastChange({ service, monitor, tags }, { memoryMb, undo, guard, logs }),
        observe: (request) => observeSite(service, monitor, request),
        plan: (appsOnPlan) => readPlan(service, appsOnPlan),
        sync: (request) => syncStartupCommand(guardedStore(service, tags, logs), { ...request, health: guard }),
    };
}
/** App Service's reads and writes, and the change record kept in the site's tags. */
function guardedStore(service, tags, logs) {
    return {
        describe: () => service.describe(),
        readStartupCommand: () => service.readStartupCommand(),
        readGunicornSettings: () => service.readGunicornSettings(),
        writeStartupCommand: (command) => service.writeStartupCommand(command),
        readHostName: () => service.readHostName(),
        containerLog: async (since) => describeProblems(await logs(since)),
        recordChange: async (record) => tags.merge((await service.resourceIds()).site, recordTags(record)),
    };
}
async function observeSite(service, monitor, request) {
    const [ids, config, settings, planInfo] = await Promise.all([
        service.resourceIds(),
        service.readStartupCommand(),
        service.readGunicornSettings(),
        service.readPlan().catch(() => undefined),
    ]);
    const span = (0,metrics_window/* spanFor */.Wc)(request.window, Date.now());
    const top = instancesTop(planInfo?.maxWorkers);
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
        memoryMb: request.memoryMb,
        current: (0,current_run/* currentRun */.xh)(config.appCommandLine, settings, request.files, request.cores),
        unread: (0,current_run/* unreadRun */.vo)(config.appCommandLine, request.files),
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
