// An Octokit whose every request has a timeout, and all of them together a budget: GitHub
// calls must not hold a job when the API stops answering.
import { getOctokit } from "@actions/github";

export interface GitHubLimits {
  readonly requestTimeoutMs: number;
  readonly budgetMs: number;
}

export const GITHUB_LIMITS: GitHubLimits = { requestTimeoutMs: 30_000, budgetMs: 120_000 };

export function boundedOctokit(
  token: string,
  limits: GitHubLimits = GITHUB_LIMITS,
  options: Parameters<typeof getOctokit>[1] = {},
): ReturnType<typeof getOctokit> {
  const octokit = getOctokit(token, options);
  const budget = AbortSignal.timeout(limits.budgetMs);
  octokit.hook.wrap("request", (request, opts) =>
    request({
      ...opts,
      request: {
        ...opts.request,
        signal: AbortSignal.any([budget, AbortSignal.timeout(limits.requestTimeoutMs)]),
      },
    }),
  );
  return octokit;
}
