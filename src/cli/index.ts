// The same core for a terminal: `gunicorn-tuner --plan B1 --working-directory ./app [--json]`.
// Exit 0: fine; 1: findings fail the run (fail-on); 2: bad usage or input.
import { runCli } from "./run.js";
import { errorMessage } from "../core/errors.js";

runCli(process.argv.slice(2), (s) => process.stdout.write(s)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`gunicorn-tuner: ${errorMessage(error)}\n`);
    process.exitCode = 2;
  },
);
