// A loopback stand-in for the Azure Resource Manager endpoints gunicorn-tuner uses, over HTTPS
// (the SDK sends bearer tokens only over TLS), with bodies shaped like the REST API's examples
// (Microsoft.Web 2025-05-01: WebApps_GetConfiguration, WebApps_Get, AppServicePlans_Get). PATCH
// merges like ARM does; every request is recorded; failures can be queued.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { answerActivity, answerMetrics, type RecordedMetric } from "./fake-monitor.js";

export const SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

export interface ArmRequest {
  readonly method: string;
  readonly path: string;
  readonly apiVersion: string | null;
  readonly body: unknown;
  readonly auth: string | undefined;
}

interface Failure {
  readonly match: RegExp;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

export interface FakeArm {
  readonly url: string;
  readonly requests: ArmRequest[];
  /** The raw path and query of every request, in order. */
  readonly requestUrls: string[];
  /** Config `properties` by site key (`rg/name` or `rg/name/slot`). */
  readonly configs: Map<string, Record<string, unknown>>;
  addSite(opts: SiteOptions): void;
  failNext(match: RegExp, status: number, times?: number, headers?: Record<string, string>): void;
  /** Called after every configuration PATCH the stand-in keeps (App Service restarts the app). */
  onConfigWrite(listener: (key: string, config: Record<string, unknown>) => void): void;
  /** Kudu's docker log files (`/api/logs/docker`), as the container writes them. */
  readonly dockerLogs: { name: string; lastUpdated: string; text: string }[];
  /** The site's tags (`rg/name`). */
  siteTags(key: string): Record<string, string>;
  /** Merges tags into the site's, as an earlier run would have left them. */
  setSiteTags(key: string, tags: Record<string, string>): void;
  /** The next matching request answers `status` with this body: JSON, or a raw string ("" for none). */
  failNextWith(match: RegExp, status: number, body: unknown): void;
  /** The next matching request is accepted and never answered. */
  hangNext(match: RegExp): void;
  /** The next matching request gets its headers, then one byte of body every 100 ms. */
  dripNext(match: RegExp): void;
  /** PATCHes answer 200 but the site keeps its old config (as a resetting policy would). */
  dropWrites: boolean;
  /** App settings by site key; every site starts with a secret among them. */
  readonly appSettings: Map<string, Record<string, string>>;
  /** Azure Monitor: what the platform recorded per resource id (site or plan), lower case. */
  readonly metrics: Map<string, RecordedMetric[]>;
  /** Azure Monitor: activity-log events for the subscription, in any order. */
  readonly activity: unknown[];
  /** Events per activity-log page. */
  activityPageSize: number;
  /** Every activity-log page's nextLink points back at the page itself. */
  activityLinksToItself: boolean;
  /** The stand-in's clock for the 93-day retention check (tests with fixed dates set it). */
  monitorNow: () => number;
  writes(): ArmRequest[];
  close(): Promise<void>;
}

export interface SiteOptions {
  readonly resourceGroup: string;
  readonly name: string;
  readonly slot?: string;
  readonly appCommandLine?: string;
  readonly linuxFxVersion?: string;
  readonly appSettings?: Record<string, string>;
  readonly plan?: {
    resourceGroup: string;
    name: string;
    sku: string;
    capacity: number;
    sites: number;
    /** The most instances the plan scales to (B1: 3, S1: 10, P1v3: 30). */
    maxWorkers?: number;
  };
}

/** The fields of the REST example's SiteConfig, as a live Linux Python site returns them. */
export function exampleConfig(
  appCommandLine: string,
  linuxFxVersion: string,
): Record<string, unknown> {
  return {
    numberOfWorkers: 1,
    defaultDocuments: ["Default.htm", "index.html"],
    netFrameworkVersion: "v4.0",
    phpVersion: "",
    pythonVersion: "",
    nodeVersion: "",
    linuxFxVersion,
    requestTracingEnabled: false,
    remoteDebuggingEnabled: false,
    httpLoggingEnabled: true,
    logsDirectorySizeLimit: 35,
    detailedErrorLoggingEnabled: false,
    publishingUsername: "$shop",
    scmType: "None",
    use32BitWorkerProcess: false,
    webSocketsEnabled: false,
    alwaysOn: true,
    appCommandLine,
    managedPipelineMode: "Integrated",
    virtualApplications: [
      { virtualPath: "/", physicalPath: "site\\wwwroot", preloadEnabled: true },
    ],
    loadBalancing: "LeastRequests",
    experiments: { rampUpRules: [] },
    autoHealEnabled: false,
    vnetName: "",
    vnetRouteAllEnabled: true,
    ipSecurityRestrictions: [
      {
        vnetSubnetResourceId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/app`,
        action: "Allow",
        priority: 100,
        name: "from-vnet",
      },
      { ipAddress: "Any", action: "Deny", priority: 2147483647, name: "Deny all" },
    ],
    scmIpSecurityRestrictionsUseMain: false,
    http20Enabled: true,
    minTlsVersion: "1.2",
    ftpsState: "FtpsOnly",
    healthCheckPath: "/healthz",
    preWarmedInstanceCount: 0,
    appSettings: null,
    connectionStrings: null,
  };
}

export async function startFakeArm(): Promise<FakeArm> {
  const requests: ArmRequest[] = [];
  const requestUrls: string[] = [];
  const configs = new Map<string, Record<string, unknown>>();
  const sites = new Map<string, Record<string, unknown>>();
  const plans = new Map<string, Record<string, unknown>>();
  const failures: Failure[] = [];
  const hangs: RegExp[] = [];
  const drips: RegExp[] = [];
  const appSettings = new Map<string, Record<string, string>>();
  const dockerLogs: { name: string; lastUpdated: string; text: string }[] = [];
  const configListeners: ((key: string, config: Record<string, unknown>) => void)[] = [];
  const metrics = new Map<string, RecordedMetric[]>();
  const activity: unknown[] = [];
  const state = {
    dropWrites: false,
    activityPageSize: 3,
    activityLinksToItself: false,
    monitorNow: () => Date.now(),
  };
  const prefix = `/subscriptions/${SUBSCRIPTION}/resourceGroups/`;

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    const body = raw ? JSON.parse(raw) : undefined;
    requestUrls.push(req.url ?? "");
    requests.push({
      method: req.method ?? "",
      path: url.pathname,
      apiVersion: url.searchParams.get("api-version"),
      body,
      auth: req.headers.authorization,
    });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "x-ms-request-id": `req-${requests.length}`,
        ...headers,
      });
      res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    };
    const hang = hangs.findIndex((h) => h.test(`${req.method} ${url.pathname}`));
    if (hang !== -1) {
      hangs.splice(hang, 1);
      return;
    }
    const drip = drips.findIndex((h) => h.test(`${req.method} ${url.pathname}`));
    if (drip !== -1) {
      drips.splice(drip, 1);
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      const timer = setInterval(() => res.write(" "), 100);
      res.on("close", () => clearInterval(timer));
      return;
    }
    const failure = failures.findIndex((f) => f.match.test(`${req.method} ${url.pathname}`));
    if (failure !== -1) {
      const [f] = failures.splice(failure, 1);
      return send(f!.status, f!.body, f!.headers);
    }
    const notFound = () =>
      send(404, {
        error: {
          code: "ResourceNotFound",
          message: `The Resource '${url.pathname}' was not found.`,
        },
      });
    if (url.pathname.endsWith("/providers/Microsoft.Insights/metrics") && req.method === "GET") {
      const resource = url.pathname.slice(0, -"/providers/Microsoft.Insights/metrics".length);
      const answer = answerMetrics(
        metrics.get(resource.toLowerCase()) ?? [],
        url.searchParams,
        state.monitorNow(),
      );
      return send(answer.status, answer.body);
    }
    if (
      url.pathname ===
      `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Insights/eventtypes/management/values`
    ) {
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const answer = answerActivity(activity, url, origin, state.activityPageSize);
      if (state.activityLinksToItself) {
        return send(200, { ...(answer.body as object), nextLink: `${origin}${req.url}` });
      }
      return send(answer.status, answer.body);
    }
    if (url.pathname === "/api/logs/docker" || url.pathname.startsWith("/api/vfs/LogFiles/")) {
      if (!req.headers.authorization?.startsWith("Bearer ")) return send(401, "");
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (url.pathname === "/api/logs/docker") {
        return send(
          200,
          dockerLogs.map((l) => ({
            machineName: "lw1sdlwk000000",
            lastUpdated: l.lastUpdated,
            size: l.text.length,
            href: `${origin}/api/vfs/LogFiles/${l.name}`,
            path: `/home/LogFiles/${l.name}`,
          })),
        );
      }
      const file = dockerLogs.find((l) => url.pathname.endsWith(`/${l.name}`));
      return file ? send(200, file.text, { "content-type": "text/plain" }) : notFound();
    }
    if (!url.pathname.toLowerCase().startsWith(prefix.toLowerCase())) return notFound();
    const rest = url.pathname.slice(prefix.length);
    let m = rest.match(
      /^([^/]+)\/providers\/Microsoft\.Web\/sites\/([^/]+)(?:\/slots\/([^/]+))?\/config\/web$/,
    );
    if (m) {
      const key = [m[1], m[2], m[3]].filter(Boolean).join("/");
      const config = configs.get(key);
      if (!config) return notFound();
      if (req.method === "PATCH" && state.dropWrites) {
        return send(200, {
          id: url.pathname,
          name: "web",
          type: "Microsoft.Web/sites/config",
          properties: { ...config, ...((body as { properties?: object }).properties ?? {}) },
        });
      }
      if (req.method === "PATCH") {
        Object.assign(config, (body as { properties?: object }).properties ?? {});
        // App Service restarts the app on a configuration write.
        for (const listener of configListeners) listener(key, config);
      } else if (req.method !== "GET")
        return send(405, {
          error: { code: "MethodNotAllowed", message: "only GET and PATCH here" },
        });
      return send(200, {
        id: url.pathname,
        name: "web",
        type: "Microsoft.Web/sites/config",
        location: "West Europe",
        properties: config,
      });
    }
    m = rest.match(
      /^([^/]+)\/providers\/Microsoft\.Web\/sites\/([^/]+)(?:\/slots\/([^/]+))?\/config\/appsettings\/list$/,
    );
    if (m && req.method === "POST") {
      const settings = appSettings.get([m[1], m[2], m[3]].filter(Boolean).join("/"));
      if (!settings) return notFound();
      return send(200, {
        id: url.pathname,
        name: "appsettings",
        type: "Microsoft.Web/sites/config",
        properties: settings,
      });
    }
    m = rest.match(/^([^/]+)\/providers\/Microsoft\.Web\/sites\/([^/]+)$/);
    if (m && req.method === "GET") {
      const site = sites.get(`${m[1]}/${m[2]}`);
      return site ? send(200, site) : notFound();
    }
    // The Tags API at the site's scope (Tags_UpdateAtScope / Tags_GetAtScope, 2025-04-01).
    m = rest.match(
      /^([^/]+)\/providers\/Microsoft\.Web\/sites\/([^/]+)\/providers\/Microsoft\.Resources\/tags\/default$/,
    );
    if (m) {
      const site = sites.get(`${m[1]}/${m[2]}`);
      if (!site) return notFound();
      const tags = (site.tags ?? {}) as Record<string, string>;
      if (req.method === "PATCH") {
        const patch = body as {
          operation?: string;
          properties?: { tags?: Record<string, string> };
        };
        if (patch.operation !== "Merge")
          return send(400, { error: { code: "InvalidOperation", message: "only Merge here" } });
        const merged = { ...tags, ...(patch.properties?.tags ?? {}) };
        if (Object.keys(merged).length > 50 || Object.values(merged).some((v) => v.length > 256))
          return send(400, {
            error: { code: "InvalidTag", message: "at most 50 tags, values up to 256 characters" },
          });
        site.tags = merged;
      }
      return send(200, {
        id: url.pathname,
        name: "default",
        type: "Microsoft.Resources/tags",
        properties: { tags: site.tags ?? {} },
      });
    }
    m = rest.match(/^([^/]+)\/providers\/Microsoft\.Web\/serverfarms\/([^/]+)$/);
    if (m && req.method === "GET") {
      const plan = plans.get(`${m[1]}/${m[2]}`);
      return plan ? send(200, plan) : notFound();
    }
    return notFound();
  }

  const server = createServer(
    {
      key: readFileSync(process.env.GT_TEST_TLS_KEY!),
      cert: readFileSync(process.env.GT_TEST_TLS_CERT!),
    },
    (req, res) => {
      let raw = "";
      req.on("data", (d) => (raw += d));
      req.on("end", () => handle(req, res, raw));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return Object.assign(state, {
    url,
    requests,
    requestUrls,
    configs,
    hangNext(match: RegExp) {
      hangs.push(match);
    },
    dripNext(match: RegExp) {
      drips.push(match);
    },
    addSite(o: SiteOptions) {
      const plan = o.plan ?? {
        resourceGroup: o.resourceGroup,
        name: "plan-b1",
        sku: "B1",
        capacity: 1,
        sites: 1,
      };
      const planId = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${plan.resourceGroup}/providers/Microsoft.Web/serverfarms/${plan.name}`;
      const siteId = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${o.resourceGroup}/providers/Microsoft.Web/sites/${o.name}`;
      const key = [o.resourceGroup, o.name, o.slot].filter(Boolean).join("/");
      configs.set(key, exampleConfig(o.appCommandLine ?? "", o.linuxFxVersion ?? "PYTHON|3.12"));
      appSettings.set(key, {
        DATABASE_PASSWORD: "s3cr3t-db-password",
        SCM_DO_BUILD_DURING_DEPLOYMENT: "true",
        ...o.appSettings,
      });
      sites.set(`${o.resourceGroup}/${o.name}`, {
        id: siteId,
        name: o.name,
        type: "Microsoft.Web/sites",
        kind: "app,linux",
        location: "West Europe",
        // Tags someone else set: a change record must never touch them.
        tags: { environment: "production", "cost-center": "web-42" },
        properties: {
          state: "Running",
          hostNames: [`${o.name}.azurewebsites.net`],
          defaultHostName: `${o.name}.azurewebsites.net`,
          // The SCM (Kudu) host is this stand-in itself, as the REST shape lists it.
          hostNameSslStates: [
            { name: `${o.name}.azurewebsites.net`, sslState: "Disabled", hostType: "Standard" },
            { name: url.slice("https://".length), sslState: "Disabled", hostType: "Repository" },
          ],
          serverFarmId: planId,
          reserved: true,
          httpsOnly: true,
        },
      });
      plans.set(`${plan.resourceGroup}/${plan.name}`, {
        id: planId,
        name: plan.name,
        type: "Microsoft.Web/serverfarms",
        kind: "linux",
        location: "West Europe",
        sku: {
          name: plan.sku,
          tier: "Basic",
          size: plan.sku,
          family: plan.sku.replace(/\d.*/, ""),
          capacity: plan.capacity,
        },
        properties: {
          status: "Ready",
          maximumNumberOfWorkers: plan.maxWorkers ?? 3,
          numberOfSites: plan.sites,
          reserved: true,
        },
      });
    },
    failNext(match: RegExp, status: number, times = 1, headers: Record<string, string> = {}) {
      const body =
        status === 403
          ? {
              error: {
                code: "AuthorizationFailed",
                message:
                  "The client 'ci' with object id 'x' does not have authorization to perform action 'Microsoft.Web/sites/config/write' over scope '...' or the scope is invalid.",
              },
            }
          : {
              error: {
                code: status === 429 ? "TooManyRequests" : "InternalServerError",
                message: `injected ${status}`,
              },
            };
      for (let i = 0; i < times; i++) failures.push({ match, status, headers, body });
    },
    onConfigWrite(listener: (key: string, config: Record<string, unknown>) => void) {
      configListeners.push(listener);
    },
    dockerLogs,
    siteTags: (key: string) => (sites.get(key)?.tags ?? {}) as Record<string, string>,
    setSiteTags(key: string, tags: Record<string, string>) {
      const site = sites.get(key);
      if (site) site.tags = { ...(site.tags as object), ...tags };
    },
    failNextWith(match: RegExp, status: number, body: unknown) {
      failures.push({ match, status, headers: {}, body });
    },
    appSettings,
    metrics,
    activity,
    // Listing app settings is a POST that changes nothing.
    writes: () =>
      requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/appsettings/list")),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
