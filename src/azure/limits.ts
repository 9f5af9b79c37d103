// Time bounds for every Azure call: a timeout per request, a budget for the whole step, and a
// cap on how long a server's Retry-After may make us wait. Without them an ARM endpoint that
// stops answering stalls the job indefinitely, and a 429 with Retry-After: 3600 sleeps an hour.
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { armErrorBodies } from "./error-bodies.js";

export interface CallLimits {
  /** One request, from sending it to the last byte of its answer. */
  readonly requestTimeoutMs: number;
  /** One answer's body; ARM and Monitor answers are kilobytes. */
  readonly maxResponseBytes: number;
  /** Every Azure call of the step together. */
  readonly budgetMs: number;
  readonly maxRetryAfterMs: number;
  readonly maxRetries: number;
}

export const DEFAULT_LIMITS: CallLimits = {
  requestTimeoutMs: 30_000,
  maxResponseBytes: 16 * 1024 * 1024,
  budgetMs: 300_000,
  maxRetryAfterMs: 60_000,
  maxRetries: 3,
};

/** Metrics are optional: reading them may never take the time the write and its check need. */
export const MONITOR_LIMITS: CallLimits = { ...DEFAULT_LIMITS, budgetMs: 120_000 };

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

/**
 * The SDK's request timeout stops once the headers arrive, so a body sent a byte a second
 * would hold the step until its whole budget is gone. This bounds each answer, headers and
 * body, in time and in size.
 */
export function boundedResponses(limits: CallLimits): PipelinePolicy {
  return {
    name: "gunicornTunerBoundedResponses",
    async sendRequest(request, next) {
      const outer = request.abortSignal;
      const controller = new AbortController();
      let cutOff: (error: Error) => void = () => {};
      const bound = new Promise<never>((_, reject) => (cutOff = reject));
      const stop = (why: string) => {
        const where = `${request.method} ${new URL(request.url).pathname}`;
        cutOff(new ResponseBoundError(`${where} ${why}`));
        controller.abort();
      };
      const onOuter = () => controller.abort();
      if (outer?.aborted) controller.abort();
      outer?.addEventListener("abort", onOuter, { once: true });
      const seconds = limits.requestTimeoutMs / 1000;
      const timer = setTimeout(
        () => stop(`did not finish its answer within ${seconds} s`),
        limits.requestTimeoutMs,
      );
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
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener("abort", onOuter);
        request.abortSignal = outer;
        request.onDownloadProgress = progress;
      }
    },
  };
}

export class ResponseBoundError extends Error {
  override name = "ResponseBoundError";
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
      { policy: boundedResponses(limits), position: "perRetry" as const },
      { policy: armErrorBodies(), position: "perCall" as const },
    ],
  };
}
