#!/usr/bin/env node
// The same core for a terminal: `gunicorn-tuner [path] --plan B1 [--json]`.
// Exit 0: fine; 1: findings fail the run (fail-on); 2: bad usage or input.
import { errorMessage } from "../core/inputs/errors.js";
import { guardLines, neutralize } from "../core/report/log-text.js";
import { runCli } from "./run.js";

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;

const terminal = {
  out: (s: string) => process.stdout.write(guardLines(s)),
  err: (s: string) => process.stderr.write(guardLines(s)),
  color,
};

runCli(process.argv.slice(2), terminal).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`gunicorn-tuner: ${neutralize(errorMessage(error))}\n`);
    process.exitCode = 2;
  },
);
