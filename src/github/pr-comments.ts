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

export class PrComments {
  constructor(
    private readonly octokit: Octokit,
    private readonly target: CommentTarget,
  ) {}

  /** Our comment is the first one whose body starts with the marker; pages until found. */
  async findOurComment(marker: string): Promise<PostedComment | undefined> {
    const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      owner: this.target.owner,
      repo: this.target.repo,
      issue_number: this.target.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const hit = page.data.find((c) => c.body?.startsWith(marker));
      if (hit) return { id: hit.id, body: hit.body ?? "", url: hit.html_url };
    }
    return undefined;
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
}
