// The action's entry point and its one failure boundary.
import * as core from "@actions/core";
import { errorMessage } from "./core/inputs/errors.js";
import { run } from "./action/main.js";
import { writeFailureSummary } from "./action/publish.js";

run().catch(async (error: unknown) => {
  await writeFailureSummary(errorMessage(error));
  core.setFailed(errorMessage(error));
});
