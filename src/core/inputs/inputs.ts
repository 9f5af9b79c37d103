// Every input is read here, once, into one readonly object. The action and the CLI pass their
// own reader (core.getInput or parsed flags) so both get the same validation and messages.
import { isValidChdir, isValidModule } from "../command/command.js";
import { InputError } from "./errors.js";
import { parseHealth, type HealthInputs } from "../site/health-inputs.js";
import { DEFAULTS } from "./input-names.js";

export { DEFAULTS, DELIVERY_INPUTS, INPUT_NAMES, REPORT_INPUTS } from "./input-names.js";
import { integer, oneOf, parseEndpoint, parseToken } from "./input-values.js";
import type { FailOn } from "../report/findings.js";
import { closePlans, findPlan, PLAN_SKUS, type PlanResources } from "../sizing/plans.js";
import { parseWindow, type MetricsWindow } from "../site/metrics-window.js";
import { MAX_IO_WAIT_RATIO } from "../sizing/exact-share.js";
import { IO_PROFILES, PRESETS, type IoProfile } from "../sizing/presets.js";

export type Mode = "output" | "comment" | "apply";
export type Reader = (name: string) => string;

export type PlanChoice =
  { readonly kind: "known"; readonly resources: PlanResources } | { readonly kind: "auto" };

export interface Inputs {
  readonly plan: PlanChoice;
  /** `auto`, or a module checked against the command grammar. */
  readonly appModule: string;
  readonly ioWaitRatio: number;
  readonly ioSource: string;
  /** The preset the wait share comes from; undefined when io-wait-ratio gives it. */
  readonly ioProfile: IoProfile | undefined;
  /** io-profile auto: measure the wait share from the site's metrics when it can be. */
  readonly ioAuto: boolean;
  /** Requests in flight on one instance at the measured peak; undefined when not measured. */
  readonly peakInFlight?: number | undefined;
  /** The instances that served the measured peak. */
  readonly peakInstances?: number | undefined;
  readonly workingDirectory: string;
  readonly port: number;
  readonly timeout: number | undefined;
  readonly workerMemoryMb: number;
  /** worker-memory-mb auto: measured when the site's metrics allow, else the default. */
  readonly workerMemoryAuto: boolean;
  readonly metricsWindow: MetricsWindow;
  readonly appsOnPlan: number;
  /** Connections the app's database or downstream service allows it, per instance. */
  readonly maxConnections: number | undefined;
  /** Run several workers even where the app keeps state in its process. */
  readonly allowMultipleWorkers: boolean;
  /** Judge the last recorded change from the metrics, and with mode apply undo a worse one. */
  readonly rollbackOnRegression: boolean;
  readonly modes: ReadonlySet<Mode>;
  readonly failOn: FailOn;
  readonly github: { readonly token: string; readonly commentOn: "always" | "change" };
  readonly azure: AzureInputs;
}

export interface AzureInputs {
  /** After a write: wait for the site to come back healthy, else put the previous command back. */
  readonly health: HealthInputs;
  readonly appName: string;
  readonly resourceGroup: string;
  readonly subscriptionId: string;
  readonly slot: string;
  readonly dryRun: boolean;
  readonly armEndpoint: string;
  readonly clientId: string;
  readonly tenantId: string;
}

/** Whether this run talks to Azure: to apply, to read the plan, or to show the current command. */
export function usesAzure(inputs: Inputs): boolean {
  const { appName, resourceGroup } = inputs.azure;
  return (
    inputs.modes.has("apply") ||
    inputs.plan.kind === "auto" ||
    (appName !== "" && resourceGroup !== "")
  );
}

const MODES: readonly Mode[] = ["output", "comment", "apply"];
const AZURE_NAME = /^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export function parseInputs(read: Reader): Inputs {
  const get = (name: string) => read(name).trim() || DEFAULTS[name] || "";
  const io = parseIo(get);
  const modes = parseModes(get("mode"));
  const plan = parsePlan(get);
  return {
    plan,
    appModule: parseAppModule(get("app-module")),
    ioWaitRatio: io.ratio,
    ioSource: io.source,
    ioProfile: io.profile,
    ioAuto: io.auto === true,
    workingDirectory: parseWorkingDirectory(get("working-directory")),
    port: integer("port", get("port"), 1, 65535),
    timeout: get("timeout") === "" ? undefined : integer("timeout", get("timeout"), 1, 3600),
    ...parseWorkerMemory(get("worker-memory-mb")),
    metricsWindow: parseWindow(get("metrics-window")),
    appsOnPlan: integer("apps-on-plan", get("apps-on-plan"), 1, 64),
    maxConnections:
      get("max-connections") === ""
        ? undefined
        : integer("max-connections", get("max-connections"), 1, 100_000),
    allowMultipleWorkers: flag("allow-multiple-workers", get("allow-multiple-workers")),
    rollbackOnRegression: flag("rollback-on-regression", get("rollback-on-regression")),
    modes,
    failOn: oneOf("fail-on", get("fail-on"), ["error", "warning", "never"] as const),
    github: {
      // Only comment uses it; local-action passes `${{ github.token }}` through as plain text.
      token: modes.has("comment") ? parseToken(read("github-token").trim()) : "",
      commentOn: oneOf("comment-on", get("comment-on"), ["always", "change"] as const),
    },
    azure: parseAzure(get, modes.has("apply") || plan.kind === "auto"),
  };
}

function flag(name: string, value: string): boolean {
  return oneOf(name, value.toLowerCase(), ["true", "false"] as const) === "true";
}

function parsePlan(get: Reader): PlanChoice {
  const value = get("plan");
  const allowed = `use an App Service SKU (${PLAN_SKUS.join(", ")}), custom (with cores and memory-mb) or auto`;
  if (value === "") throw new InputError("plan", value, `plan is required: ${allowed}`);
  const lower = value.toLowerCase();
  if (lower === "auto") return { kind: "auto" };
  if (lower === "custom") {
    const cores = integer("cores", get("cores"), 1, 256);
    const memoryMb = integer("memory-mb", get("memory-mb"), 256, 4_194_304);
    return { kind: "known", resources: { sku: "custom", cores, memoryMb, sharedCpu: false } };
  }
  const plan = findPlan(value);
  if (plan) return { kind: "known", resources: plan };
  const close = closePlans(value);
  const hint = close.length > 0 ? `did you mean ${close.join(", ")}? Or ` : "";
  throw new InputError("plan", value, `${hint}${allowed}`);
}

function parseAppModule(value: string): string {
  if (value === "auto") return value;
  // `site/proj.wsgi`: the module inside a folder of the app root, which gunicorn changes into.
  const slash = value.lastIndexOf("/");
  const folder = slash < 0 ? undefined : value.slice(0, slash);
  const module = value.slice(slash + 1);
  if (isValidModule(module) && (folder === undefined || isValidChdir(folder))) return value;
  throw new InputError(
    "app-module",
    value,
    "use auto, module:callable (app:app), module:factory() (app:create_app()) or a dotted module (mysite.wsgi), after a folder when it lives in one (site/proj.wsgi); letters, digits, _ and . only",
  );
}

function parseIo(get: Reader): {
  ratio: number;
  source: string;
  profile: IoProfile | undefined;
  auto?: boolean;
} {
  const ratio = get("io-wait-ratio");
  if (ratio !== "") {
    const value = Number(ratio);
    if (!/^(0(\.\d+)?|\.\d+)$/.test(ratio) || !(value >= 0 && value <= MAX_IO_WAIT_RATIO)) {
      throw new InputError(
        "io-wait-ratio",
        ratio,
        `use a number from 0 to ${MAX_IO_WAIT_RATIO} (the share of a request's time spent waiting on I/O)`,
      );
    }
    return { ratio: value, source: "io-wait-ratio", profile: undefined, auto: false };
  }
  const profile = oneOf("io-profile", get("io-profile"), ["auto", ...IO_PROFILES]);
  // auto: measured from the site when it can be; until then, and as the fallback, mixed.
  const preset = profile === "auto" ? "mixed" : profile;
  return {
    ratio: PRESETS[preset].nominal,
    source: `the ${preset} profile`,
    profile: preset,
    ...(profile === "auto" ? { auto: true } : {}),
  };
}

function parseWorkingDirectory(value: string): string {
  // Read from disk only, never put in the command; a NUL would truncate it.
  if (value.includes("\0")) throw new InputError("working-directory", value, "use a folder path");
  return value;
}

function parseModes(value: string): ReadonlySet<Mode> {
  const parts = value
    .split(",")
    .map((m) => m.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0)
    throw new InputError("mode", value, `use one or more of ${MODES.join(", ")}`);
  for (const part of parts) {
    if (!MODES.includes(part as Mode)) {
      throw new InputError(
        "mode",
        value,
        `use one or more of ${MODES.join(", ")}, comma-separated`,
      );
    }
  }
  return new Set(parts as Mode[]);
}

function parseAzure(get: Reader, needsSite: boolean): AzureInputs {
  const optional = (name: string, pattern: RegExp, allowed: string) => {
    const value = get(name);
    if (value !== "" && !pattern.test(value)) throw new InputError(name, value, allowed);
    return value;
  };
  const azure: AzureInputs = {
    health: parseHealth(get),
    appName: optional("app-name", AZURE_NAME, "use the web app's name (letters, digits, -)"),
    resourceGroup: optional(
      "resource-group-name",
      AZURE_NAME,
      "use a resource group name (letters, digits, . _ - ( ))",
    ),
    subscriptionId: optional("subscription-id", GUID, "use a subscription GUID"),
    slot: optional("slot-name", AZURE_NAME, "use a deployment slot name (letters, digits, -)"),
    dryRun: flag("dry-run", get("dry-run")),
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
        throw new InputError(
          name!,
          "",
          "mode apply and plan auto need it: the web app to read or configure",
        );
    }
  }
  return azure;
}

/** The fallback when worker-memory-mb is auto and nothing was measured. */
export const DEFAULT_WORKER_MEMORY_MB = 150;

function parseWorkerMemory(value: string): { workerMemoryMb: number; workerMemoryAuto: boolean } {
  if (value.toLowerCase() === "auto") {
    return { workerMemoryMb: DEFAULT_WORKER_MEMORY_MB, workerMemoryAuto: true };
  }
  return { workerMemoryMb: integer("worker-memory-mb", value, 10, 65536), workerMemoryAuto: false };
}
