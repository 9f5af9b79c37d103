// Benchmark baseline only: the action with the Azure SDK and Octokit imported at start-up, as
// it would be without main.ts's on-demand imports. bench/lib/cold-start.mjs times it.
import "../src/action/azure.js";
import "../src/action/comment.js";
import "../src/index.js";
