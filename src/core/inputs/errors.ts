// Errors the user can act on, and one way to turn anything thrown into a message.

/** Bad input: names the input, the value and what is allowed. */
export class InputError extends Error {
  override name = "InputError";
  constructor(input: string, value: string, allowed: string) {
    super(`${input}: ${shown(value)} is not valid; ${allowed}`);
  }
}

const SHOWN_CHARACTERS = 60;

/** A value as a message shows it: whole when short, else its start and its length. */
export function shown(value: string): string {
  if (value.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS))}… (${value.length} characters)`;
}

/** Bad secret input: says what is wrong with it without ever showing the value. */
export class SecretInputError extends Error {
  override name = "SecretInputError";
  constructor(input: string, problem: string, allowed: string) {
    super(`${input}: the value is not valid (${problem}); ${allowed}`);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
