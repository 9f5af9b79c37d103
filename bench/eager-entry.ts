// Benchmark baseline only: the action with the Azure SDK and Octokit imported at start-up, as
// it would be without the on-demand imports. bench/lib/cold-start.mjs times it.
import "../src/run/azure-session.js";
import "../src/action/comment.js";
import "../src/index.js";
