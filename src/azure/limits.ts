// Time bounds for every Azure call: a timeout per request, a budget for the whole step, and a
// cap on how long a server's Retry-After may make us wait. Without them an ARM endpoint that
// stops answering stalls the job indefinitely, and a 429 with Retry-After: 3600 sleeps an hour.
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { armErrorBodies } from "./error-bodies.js";

export interface CallLimits {
  readonly requestTimeoutMs: number;
  /** Every Azure call of the step together. */
  readonly budgetMs: number;
  readonly maxRetryAfterMs: number;
  readonly maxRetries: number;
}

export const DEFAULT_LIMITS: CallLimits = {
  requestTimeoutMs: 30_000,
  budgetMs: 300_000,
  maxRetryAfterMs: 60_000,
  maxRetries: 3,
};

export class RetryAfterTooLongError extends Error {
  override name = "RetryAfterTooLongError";
  readonly statusCode: number;
  constructor(status: number, waitMs: number, capMs: number) {
    super(
      `Azure answered ${status} and asked to wait ${Math.round(waitMs / 1000)} s before trying again (Retry-After), longer than the ${capMs / 1000} s this step waits. Azure is throttling this subscription: run again later.`,
    );
    this.statusCode = status;
  }
}

/** Options for one operation: its request timeout, and the step's remaining budget. */
export function boundedCalls(limits: CallLimits): () => {
  abortSignal: AbortSignal;
  requestOptions: { timeout: number };
} {
  const deadline = Date.now() + limits.budgetMs;
  return () => ({
    abortSignal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    requestOptions: { timeout: limits.requestTimeoutMs },
  });
}

/** Fails at once, with a clear message, when Retry-After asks for more than `capMs`. */
export function retryAfterCap(capMs: number): PipelinePolicy {
  return {
    name: "gunicornTunerRetryAfterCap",
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status !== 429 && response.status !== 503) return response;
      const waitMs = retryAfterMs(
        response.headers.get("retry-after-ms") ?? response.headers.get("x-ms-retry-after-ms"),
        response.headers.get("retry-after"),
      );
      if (waitMs !== undefined && waitMs > capMs) {
        throw new RetryAfterTooLongError(response.status, waitMs, capMs);
      }
      return response;
    },
  };
}

function retryAfterMs(ms: string | undefined, seconds: string | undefined): number | undefined {
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  if (!seconds) return undefined;
  if (Number.isFinite(Number(seconds))) return Number(seconds) * 1000;
  const date = Date.parse(seconds);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** The options every ARM client here is built with: endpoint, scope, retries and policies. */
export function armClientOptions(endpoint: string, limits: CallLimits) {
  return {
    endpoint,
    credentials: { scopes: [`${endpoint}/.default`] },
    retryOptions: { maxRetries: limits.maxRetries },
    additionalPolicies: [
      { policy: retryAfterCap(limits.maxRetryAfterMs), position: "perRetry" as const },
      { policy: armErrorBodies(), position: "perCall" as const },
    ],
  };
}
