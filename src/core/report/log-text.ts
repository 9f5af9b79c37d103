// Outside text (site values, file and folder names, server error bodies) printed to a workflow
// log must not become workflow commands: the runner executes any line that starts with `::`.
// Every such text passes through `neutralize` before it is printed, in the action and the CLI.

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

/** One line, with no `::` left in it, so no part of it can start a workflow command. */
export function neutralize(text: string): string {
  return text.replace(LINE_BREAKS, " ⏎ ").replace(/::/g, ":\u200b:");
}

/** A whole printed text: lines that would start a command (after blanks) are defused. */
export function guardLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^\s*::/.test(line) ? line.replace("::", ":\u200b:") : line))
    .join("\n");
}
