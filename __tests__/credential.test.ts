// The sign-in order and its error text. Stand-in credentials keep this in-process: the real
// OIDC credential would start MSAL's discovery against Microsoft's login hosts.
import type { AccessToken, TokenCredential } from "@azure/identity";
import { describe, expect, it } from "vitest";
import { createCredential, FirstThatWorks } from "../src/azure/credential.js";

const token: AccessToken = { token: "t", expiresOnTimestamp: Date.now() + 3_600_000 };

function method(name: string, answer: "token" | "null" | Error, calls: string[]) {
  const credential: TokenCredential = {
    getToken: async () => {
      calls.push(name);
      if (answer instanceof Error) throw answer;
      return answer === "token" ? token : null;
    },
  };
  return { name, hint: `configure ${name}`, credential };
}

describe("FirstThatWorks", () => {
  it("tries in order, keeps the first that works, and does not ask the others again", async () => {
    const calls: string[] = [];
    const chain = new FirstThatWorks([
      method("oidc", new Error("no id-token permission\nstack"), calls),
      method("cli", "token", calls),
      method("env", "token", calls),
    ]);
    expect(await chain.getToken("scope")).toBe(token);
    expect(await chain.getToken("scope")).toBe(token);
    expect(calls).toEqual(["oidc", "cli", "cli"]);
  });

  it("lists every method tried, its first error line and what to configure", async () => {
    const chain = new FirstThatWorks([
      method("oidc", new Error("AADSTS700024: assertion expired\nmore"), []),
      method("cli", "null", []),
    ]);
    await expect(chain.getToken("scope")).rejects.toThrow(
      "Could not sign in to Azure. Tried, in order:\n- oidc: AADSTS700024: assertion expired; configure oidc\n- cli: no token; configure cli",
    );
  });
});

describe("createCredential", () => {
  it("puts OIDC first only when client-id and tenant-id are both given", async () => {
    const order = (c: TokenCredential) =>
      (c as unknown as { methods: Array<{ name: string }> }).methods.map((m) => m.name);
    const none = createCredential({ clientId: "", tenantId: "", getIdToken: async () => "" });
    expect(order(none)).toEqual(["Azure CLI session", "service principal in the environment"]);
    const oidc = createCredential({
      clientId: "00000000-0000-0000-0000-000000000001",
      tenantId: "00000000-0000-0000-0000-000000000002",
      getIdToken: async () => "",
    });
    expect(order(oidc)).toEqual([
      "OIDC federated credential (client-id, tenant-id)",
      "Azure CLI session",
      "service principal in the environment",
    ]);
  });
});
