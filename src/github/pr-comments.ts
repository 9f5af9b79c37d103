// The one adapter over GitHub's issue-comment API: named methods, nothing else leaks Octokit.
import type { getOctokit } from "@actions/github";

type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

export interface PostedComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** The workflow token's identity: GitHub Actions' app bot. */
export const ACTIONS_BOT = "github-actions[bot]";

export class PrComments {
  private login: Promise<string> | undefined;

  constructor(
    private readonly octokit: Octokit,
    private readonly target: CommentTarget,
  ) {}

  /**
   * Who the token acts as. A personal token answers GET /user; an app installation token (the
   * workflow's GITHUB_TOKEN) is refused there with 403, but GraphQL's viewer names its bot.
   */
  identity(): Promise<string> {
    this.login ??= this.octokit.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      async (error: unknown) => {
        if ((error as { status?: number }).status !== 403) throw error;
        const viewer = await this.octokit
          .graphql<{ viewer: { login: string } }>("query { viewer { login } }")
          .catch(() => ({ viewer: { login: ACTIONS_BOT } }));
        return viewer.viewer.login;
      },
    );
    return this.login;
  }

  /** Every comment carrying the marker that the token's own identity wrote, oldest first. */
  async findOurComments(marker: string): Promise<PostedComment[]> {
    const login = await this.identity();
    const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      owner: this.target.owner,
      repo: this.target.repo,
      issue_number: this.target.issueNumber,
      per_page: 100,
    });
    const ours: PostedComment[] = [];
    for await (const page of pages) {
      for (const c of page.data) {
        if (c.user?.login === login && c.body?.startsWith(marker)) {
          ours.push({ id: c.id, body: c.body, url: c.html_url });
        }
      }
    }
    return ours.sort((a, b) => a.id - b.id);
  }

  async create(body: string): Promise<PostedComment> {
    const { data } = await this.octokit.rest.issues.createComment({
      owner: this.target.owner,
      repo: this.target.repo,
      issue_number: this.target.issueNumber,
      body,
    });
    return { id: data.id, body: data.body ?? body, url: data.html_url };
  }

  async update(id: number, body: string): Promise<PostedComment> {
    const { data } = await this.octokit.rest.issues.updateComment({
      owner: this.target.owner,
      repo: this.target.repo,
      comment_id: id,
      body,
    });
    return { id: data.id, body: data.body ?? body, url: data.html_url };
  }

  async remove(id: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({
      owner: this.target.owner,
      repo: this.target.repo,
      comment_id: id,
    });
  }
}
