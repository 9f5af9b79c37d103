export const id = 91;
export const ids = [91];
export const modules = {

/***/ 4091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/core/log-text.ts
var log_text = __webpack_require__(9357);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/core/comment-body.ts
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

;// CONCATENATED MODULE: ./src/github/pr-comments.ts
class PrComments {
    octokit;
    target;
    constructor(octokit, target) {
        this.octokit = octokit;
        this.target = target;
    }
    /** Our comment is the first one whose body starts with the marker; pages until found. */
    async findOurComment(marker) {
        const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
            owner: this.target.owner,
            repo: this.target.repo,
            issue_number: this.target.issueNumber,
            per_page: 100,
        });
        for await (const page of pages) {
            const hit = page.data.find((c) => c.body?.startsWith(marker));
            if (hit)
                return { id: hit.id, body: hit.body ?? "", url: hit.html_url };
        }
        return undefined;
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
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * `createIfMissing` false (comment-on: change with nothing to act on) still updates an existing
 * comment, so it never shows stale advice, but starts no new one.
 */
async function upsertStickyComment(comments, marker, body, createIfMissing) {
    try {
        const existing = await comments.findOurComment(marker);
        if (existing) {
            if (existing.body === body)
                return { status: "unchanged", url: existing.url };
            return written("updated", await comments.update(existing.id, body));
        }
        if (!createIfMissing)
            return { status: "not-needed" };
        return written("created", await comments.create(body));
    }
    catch (error) {
        // A fork PR's token is read-only: GitHub answers 403 "Resource not accessible by integration".
        if (statusOf(error) === 403)
            return { status: "forbidden", detail: error.message };
        throw error;
    }
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
    const comments = new PrComments(github/* getOctokit */.Q(request.token), {
        ...context.repo,
        issueNumber: pr.number,
    });
    const marker = commentMarker(request.workingDirectory);
    const outcome = await upsertStickyComment(comments, marker, commentBody(marker, request.markdown), request.createIfMissing);
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


/***/ })

};
