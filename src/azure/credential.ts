// Signs in to Azure without secrets in logs, trying in order: OIDC federation (client-id and
// tenant-id inputs), the Azure CLI session azure/login leaves, a service principal in the
// environment. The first that answers is kept; if none does, the error lists each one.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import {
  AzureCliCredential,
  ClientAssertionCredential,
  EnvironmentCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential,
} from "@azure/identity";
import { errorMessage } from "../core/inputs/errors.js";

export interface Method {
  readonly name: string;
  readonly hint: string;
  readonly credential: TokenCredential;
}

export interface CredentialOptions {
  readonly clientId: string;
  readonly tenantId: string;
  /** The job's OIDC token for Azure (core.getIDToken). */
  readonly getIdToken: (audience: string) => Promise<string>;
}

export function createCredential(options: CredentialOptions): TokenCredential {
  const methods: Method[] = [];
  if (options.clientId && options.tenantId) {
    methods.push({
      name: "OIDC federated credential (client-id, tenant-id)",
      hint: 'give the job "permissions: id-token: write" and add a federated credential for this repository to the app registration',
      credential: new ClientAssertionCredential(options.tenantId, options.clientId, () =>
        options.getIdToken("api://AzureADTokenExchange"),
      ),
    });
  }
  methods.push(
    {
      name: "Azure CLI session",
      hint: "run azure/login earlier in the job",
      credential: new AzureCliCredential(),
    },
    {
      name: "service principal in the environment",
      hint: "set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET",
      credential: new EnvironmentCredential(),
    },
  );
  return new FirstThatWorks(methods);
}

/** Tries each method in order and keeps the first that returns a token. */
export class FirstThatWorks implements TokenCredential {
  private chosen: Method | undefined;

  constructor(private readonly methods: readonly Method[]) {}

  async getToken(
    scopes: string | string[],
    options?: GetTokenOptions,
  ): Promise<AccessToken | null> {
    if (this.chosen) return this.chosen.credential.getToken(scopes, options);
    const failures: string[] = [];
    for (const method of this.methods) {
      try {
        const token = await method.credential.getToken(scopes, options);
        if (token) {
          this.chosen = method;
          return token;
        }
        failures.push(`${method.name}: no token; ${method.hint}`);
      } catch (error) {
        failures.push(`${method.name}: ${firstLine(errorMessage(error))}; ${method.hint}`);
      }
    }
    throw new Error(`Could not sign in to Azure. Tried, in order:\n- ${failures.join("\n- ")}`);
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.slice(0, 300);
}

/** subscription-id, else AZURE_SUBSCRIPTION_ID, else the Azure CLI's current subscription. */
export async function resolveSubscription(input: string): Promise<string> {
  if (input) return input;
  const fromEnv = process.env.AZURE_SUBSCRIPTION_ID?.trim();
  if (fromEnv) return fromEnv;
  try {
    const { stdout } = await promisify(execFile)(
      "az",
      ["account", "show", "--query", "id", "--output", "tsv"],
      {
        timeout: 30_000,
      },
    );
    const id = stdout.trim();
    if (/^[0-9a-f-]{36}$/i.test(id)) return id;
  } catch {
    // fall through to the error below
  }
  throw new Error(
    "subscription-id is empty, AZURE_SUBSCRIPTION_ID is unset and the Azure CLI has no current subscription: set subscription-id (or run azure/login first).",
  );
}
