export const id = 141;
export const ids = [141];
export const modules = {

/***/ 5141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/core/report/log-text.ts
var log_text = __webpack_require__(534);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/core/report/comment-body.ts
// The PR comment's text: a hidden marker that finds our comment again, then the report.
/** GitHub refuses comments longer than this. */
const MAX_COMMENT_CHARS = 65_536;
const TRUNCATED = "\n\n_… report truncated: the full report is in the job summary._\n";
/**
 * One comment per app: the key is the working directory, so two apps in one repository keep
 * two comments. Encoded so a folder name cannot close the HTML comment.
 */
function commentMarker(workingDirectory) {
    const key = workingDirectory.replace(/^(\.\/)+/, "").replace(/\/+$/, "") || ".";
    return `<!-- gunicorn-tuner:${encodeURIComponent(key)} -->`;
}
function commentBody(marker, markdown) {
    const body = `${marker}\n${markdown}`;
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    return body.slice(0, MAX_COMMENT_CHARS - TRUNCATED.length) + TRUNCATED;
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
// An Octokit whose every request has a timeout, and all of them together a budget: GitHub
// calls must not hold a job when the API stops answering.

const GITHUB_LIMITS = { requestTimeoutMs: 30_000, budgetMs: 120_000 };
function boundedOctokit(token, limits = GITHUB_LIMITS, options = {}) {
    const octokit = (0,github/* getOctokit */.Q)(token, options);
    const budget = AbortSignal.timeout(limits.budgetMs);
    octokit.hook.wrap("request", (request, opts) => request({
        ...opts,
        request: {
            ...opts.request,
            signal: AbortSignal.any([budget, AbortSignal.timeout(limits.requestTimeoutMs)]),
        },
    }));
    return octokit;
}

;// CONCATENATED MODULE: ./src/github/pr-comments.ts
/** The workflow token's identity: GitHub Actions' app bot. */
const ACTIONS_BOT = "github-actions[bot]";
class PrComments {
    octokit;
    target;
    login;
    constructor(octokit, target) {
        this.octokit = octokit;
        this.target = target;
    }
    /**
     * Who the token acts as. A personal token answers GET /user; an app installation token (the
     * workflow's GITHUB_TOKEN) is refused there with 403, but GraphQL's viewer names its bot.
     */
    identity() {
        this.login ??= this.octokit.rest.users.getAuthenticated().then(({ data }) => data.login, async (error) => {
            if (error.status !== 403)
                throw error;
            const viewer = await this.octokit
                .graphql("query { viewer { login } }")
                .catch(() => ({ viewer: { login: ACTIONS_BOT } }));
            return viewer.viewer.login;
        });
        return this.login;
    }
    /** Every comment carrying the marker that the token's own identity wrote, oldest first. */
    async findOurComments(marker) {
        const login = await this.identity();
        const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
            owner: this.target.owner,
            repo: this.target.repo,
            issue_number: this.target.issueNumber,
            per_page: 100,
        });
        const ours = [];
        for await (const page of pages) {
            for (const c of page.data) {
                if (c.user?.login === login && c.body?.startsWith(marker)) {
                    ours.push({ id: c.id, body: c.body, url: c.html_url });
                }
            }
        }
        return ours.sort((a, b) => a.id - b.id);
    }
    async create(body) {
        const { data } = await this.octokit.rest.issues.createComment({
            owner: this.target.owner,
            repo: this.target.repo,
            issue_number: this.target.issueNumber,
            body,
        });
        return { id: data.id, body: data.body ?? body, url: data.html_url };
    }
    async update(id, body) {
        const { data } = await this.octokit.rest.issues.updateComment({
            owner: this.target.owner,
            repo: this.target.repo,
            comment_id: id,
            body,
        });
        return { id: data.id, body: data.body ?? body, url: data.html_url };
    }
    async remove(id) {
        await this.octokit.rest.issues.deleteComment({
            owner: this.target.owner,
            repo: this.target.repo,
            comment_id: id,
        });
    }
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * `createIfMissing` false (comment-on: change with nothing to act on) still updates an existing
 * comment, so it never shows stale advice, but starts no new one.
 */
async function upsertStickyComment(comments, marker, body, createIfMissing) {
    try {
        const existing = await comments.findOurComments(marker);
        if (existing.length === 0) {
            if (!createIfMissing)
                return { status: "not-needed" };
            const created = await comments.create(body);
            // Another run may have created one at the same moment: settle on the oldest.
            const after = await comments.findOurComments(marker);
            if (after.length <= 1)
                return written("created", created);
            return keepOldest(comments, after, body, "created");
        }
        return keepOldest(comments, existing, body, "updated");
    }
    catch (error) {
        // A fork PR's token is read-only: GitHub answers 403 "Resource not accessible by integration".
        if (statusOf(error) === 403)
            return { status: "forbidden", detail: error.message };
        throw error;
    }
}
async function keepOldest(comments, ours, body, status) {
    const [keep, ...extra] = ours;
    for (const c of extra) {
        await comments.remove(c.id).catch((error) => {
            // A racing run may have deleted it first.
            if (statusOf(error) !== 404)
                throw error;
        });
    }
    if (keep.body === body)
        return { status: status === "created" ? status : "unchanged", url: keep.url };
    return written(status, await comments.update(keep.id, body));
}
function written(status, comment) {
    return { status, url: comment.url };
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === "number" ? status : undefined;
}

;// CONCATENATED MODULE: ./src/action/comment.ts
// mode: comment — the sticky pull-request comment, from the workflow's event. Loaded only when
// that mode is on, so output mode does not pay for Octokit at start-up.







const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);
async function commentOnPullRequest(request) {
    const { /* context */ "_": context } = github;
    const pr = context.payload.pull_request;
    if (!PR_EVENTS.has(context.eventName) || !pr) {
        core/* warning */.$e(`mode comment needs a pull_request or pull_request_target event; this run is ${context.eventName || "not from an event"}, so no comment was written (the job summary has the report).`);
        return;
    }
    if (!request.token) {
        core/* warning */.$e("mode comment: github-token is empty, so no comment was written. Leave it at its default, ${{ github.token }}.");
        return;
    }
    const comments = new PrComments(boundedOctokit(request.token), {
        ...context.repo,
        issueNumber: pr.number,
    });
    const marker = commentMarker(request.workingDirectory);
    const outcome = await upsertStickyComment(comments, marker, commentBody(marker, request.markdown), request.createIfMissing).catch((error) => {
        throw new Error(explain(error, pr.number));
    });
    switch (outcome.status) {
        case "forbidden":
            core/* warning */.$e(`Could not comment on pull request #${pr.number}: the token may not write to it (${outcome.detail}). Pull requests from forks get a read-only token; elsewhere give the job "permissions: pull-requests: write". The job summary has the report.`);
            return;
        case "not-needed":
            core/* info */.pq("comment-on: change — nothing to act on, so no comment was started.");
            return;
        default:
            core/* info */.pq(`Pull-request comment ${outcome.status}: ${(0,log_text/* neutralize */.Y)(outcome.url)}`);
            core/* setOutput */.uH("comment-url", outcome.url);
    }
}
function explain(error, pr) {
    const e = error;
    const detail = (0,log_text/* neutralize */.Y)(e.message ?? String(error));
    if (e.status === 401) {
        return `github-token was refused by GitHub (401: ${detail}). Leave it at its default, \${{ github.token }}, or pass a valid token.`;
    }
    return `Could not comment on pull request #${pr}: ${detail}. The job summary has the report.`;
}


/***/ })

};
