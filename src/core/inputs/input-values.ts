// Validators for single input values, shared by every input: each error names the input, the
// value (never a secret's) and what is allowed.
import { InputError, SecretInputError } from "./errors.js";

/** GitHub's tokens (ghp_, ghs_, github_pat_, v1.<hex>) use these characters only. */

export function parseEndpoint(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || url.search || url.hash) {
    throw new InputError(
      "arm-endpoint",
      value,
      "use an https:// URL such as https://management.azure.com",
    );
  }
  return url.origin;
}

export function integer(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, value, `use a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const lower = value.toLowerCase();
  const match = allowed.find((a) => a === lower);
  if (match === undefined)
    throw new InputError(name, value, `must be one of ${allowed.join(", ")}`);
  return match;
}

/** GitHub's tokens (ghp_, ghs_, github_pat_, v1.<hex>) use these characters only. */
const TOKEN = /^[A-Za-z0-9_.-]{1,1024}$/;

export function parseToken(value: string): string {
  if (value === "" || TOKEN.test(value)) return value;
  const problem = /[\r\n]/.test(value)
    ? "it contains a line break"
    : value.length > 1024
      ? `it is ${value.length} characters long`
      : "it contains characters no GitHub token has";
  throw new SecretInputError(
    "github-token",
    problem,
    "leave it at its default, ${{ github.token }}, or pass a secret that holds one token",
  );
}
