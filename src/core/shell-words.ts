// Splits a startup command or a shell script into steps and words, keeping where each sits in
// the source, so one step can be rewritten while every other byte stays as the user wrote it.
// No maintained shell tokenizer reports source positions (shell-quote drops them), so this is
// a small scanner for the subset that matters: quotes, backslashes, comments, && || ; | & and
// line breaks. Anything it does not understand stays inside a word and is kept verbatim.

export interface Word {
  /** The word as the shell passes it (quotes removed). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface Step {
  readonly words: readonly Word[];
  readonly start: number;
  readonly end: number;
  /** 1-based line of the step's first word. */
  readonly line: number;
}

const OPERATORS = ["&&", "||", ";", "|", "&", "\n"];

export function splitSteps(text: string): Step[] {
  const steps: Step[] = [];
  let words: Word[] = [];
  const close = () => {
    if (words.length > 0) {
      const start = words[0]!.start;
      steps.push({ words, start, end: words[words.length - 1]!.end, line: lineAt(text, start) });
    }
    words = [];
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t" || ch === "\r") i++;
    else if (ch === "#") while (i < text.length && text[i] !== "\n") i++;
    else if (ch === "\\" && text[i + 1] === "\n") i += 2;
    else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        close();
        i += op.length;
      } else {
        const word = readWord(text, i);
        words.push(word);
        i = word.end;
      }
    }
  }
  close();
  return steps;
}

function readWord(text: string, start: number): Word {
  let value = "";
  let i = start;
  while (i < text.length && !/[\s;&|]/.test(text[i]!)) {
    const ch = text[i]!;
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        value += text[i++];
      }
      i++;
    } else if (ch === "\\" && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else {
      value += ch;
      i++;
    }
  }
  return { value, start, end: Math.min(i, text.length) };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === "\n") line++;
  return line;
}
