// The action's input names and defaults, in the order action.yml lists them; the CLI's flags
// are the same names.
import { DEFAULT_HEALTH_TIMEOUT } from "../site/health-inputs.js";

/** Defaults for inputs that have one; action.yml carries the same (a test keeps them equal). */
export const DEFAULTS: Readonly<Record<string, string>> = {
  "app-module": "auto",
  "io-profile": "auto",
  "working-directory": ".",
  port: "8000",
  "worker-memory-mb": "auto",
  "metrics-window": "P7D",
  "apps-on-plan": "1",
  "allow-multiple-workers": "false",
  "rollback-on-regression": "false",
  mode: "output",
  "fail-on": "error",
  "comment-on": "always",
  "dry-run": "false",
  "arm-endpoint": "https://management.azure.com",
  "health-timeout": DEFAULT_HEALTH_TIMEOUT,
};

/** Inputs that shape the report: the action's and the CLI's flags alike. */
export const REPORT_INPUTS = [
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
  "max-connections",
  "allow-multiple-workers",
  "fail-on",
] as const;

/** Inputs that deliver the report (PR comment, Azure), in the order action.yml lists them. */
export const DELIVERY_INPUTS = [
  "mode",
  "github-token",
  "comment-on",
  "app-name",
  "resource-group-name",
  "subscription-id",
  "slot-name",
  "dry-run",
  "metrics-window",
  "arm-endpoint",
  "client-id",
  "tenant-id",
  "health-timeout",
  "site-url",
  "health-path",
  "rollback-on-regression",
] as const;

/** Every input name the action accepts, in the order action.yml lists them. */
export const INPUT_NAMES = [...REPORT_INPUTS, ...DELIVERY_INPUTS];

/** What only a workflow can give: the PR comment's token and the job's OIDC sign-in. */
const WORKFLOW_ONLY = ["github-token", "comment-on", "client-id", "tenant-id"] as const;
type WorkflowOnly = (typeof WORKFLOW_ONLY)[number];

/** The delivery inputs a terminal takes too: reading and writing the site, not commenting. */
export const CLI_AZURE_INPUTS = DELIVERY_INPUTS.filter(
  (name): name is Exclude<(typeof DELIVERY_INPUTS)[number], WorkflowOnly> =>
    !(WORKFLOW_ONLY as readonly string[]).includes(name),
);

/** The CLI's flags: the action's inputs, less those only a workflow can give. */
export const CLI_INPUTS = [...REPORT_INPUTS, ...CLI_AZURE_INPUTS];
