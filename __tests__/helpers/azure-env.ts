// What a process needs to reach the loopback ARM as a job after azure/login would: the stand-in
// `az` first on PATH, the run's certificate trusted, and the subscription.
import path from "node:path";
import { SUBSCRIPTION } from "./fake-arm.js";
import { FIXTURES } from "./paths.js";

export function azureEnv(): Record<string, string> {
  return {
    PATH: `${path.join(FIXTURES, "bin")}:${process.env.PATH}`,
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS!,
    AZURE_SUBSCRIPTION_ID: SUBSCRIPTION,
  };
}

/** A whole minute this many hours ago: the action reads a window that ends now. */
export function hoursAgo(hours: number): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000 - hours * 3_600_000);
}
