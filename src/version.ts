// The action's and the CLI's version and repository, from package.json (bundled at build time):
// package.json's `repository` is the one place the action's name is written.
import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;

/** `owner/name`, as a workflow writes it after `uses:`. */
export const REPOSITORY: string = pkg.repository.url
  .replace(/^git\+/, "")
  .replace(/^https:\/\/github\.com\//, "")
  .replace(/\.git$/, "");

/**
 * Where the reasons' evidence links point: the action's own repository at the ref that ran
 * (GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF, set for a step that runs an action), else
 * the published repository at this version's tag.
 */
export function evidenceBase(env: NodeJS.ProcessEnv = process.env): string {
  const { GITHUB_ACTION_REPOSITORY: repo, GITHUB_ACTION_REF: ref } = env;
  if (repo && ref) return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo}/blob/${ref}/`;
  return `https://github.com/${REPOSITORY}/blob/v${VERSION}/`;
}
