// The action's entry point and its one failure boundary.
import * as core from "@actions/core";
import { errorMessage } from "./core/errors.js";
import { main } from "./action/main.js";

main().catch((error: unknown) => core.setFailed(errorMessage(error)));
