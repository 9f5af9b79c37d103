import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST_ACTION = path.join(ROOT, "dist", "index.js");
export const DIST_CLI = path.join(ROOT, "dist", "cli.js");
export const EXAMPLES = path.join(ROOT, "examples");
export const FIXTURES = path.join(ROOT, "__tests__", "fixtures");
