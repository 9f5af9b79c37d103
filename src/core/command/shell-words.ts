// Splits a startup command or a shell script into steps and words, keeping where each sits in
// the source, so one step can be rewritten while every other byte stays as the user wrote it.
// No maintained shell tokenizer reports source positions (shell-quote drops them), so this is a
// scanner for the part of bash's grammar a startup command uses: quotes, escapes, comments,
// control operators, redirections, here-documents, and expansions ($(…), $((…)), `…`, ${…},
// <(…)) read whole and nested, so a word is never torn apart. It always advances, one
// character at least, and its cost grows with the text's length only.
import { expansionEnd, type Problem } from "./shell-expansions.js";

export type { Problem };

export interface Word {
  /** The word as the shell passes it (quotes removed); expansions kept as written. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** Holds an expansion ($VAR, $(…), `…`): what the shell passes is known only when it runs. */
  readonly dynamic: boolean;
  /** A redirection with its target (`> log`, `2>&1`, `<<EOF`): no argument of the program. */
  readonly redirect: boolean;
}

export interface Step {
  readonly words: readonly Word[];
  readonly start: number;
  readonly end: number;
  /** 1-based line of the step's first word. */
  readonly line: number;
}

export interface Script {
  readonly steps: readonly Step[];
  /** Where the shell would stop with a syntax error; undefined when the text parses. */
  readonly problem: Problem | undefined;
}

/** The shell's blanks. Other Unicode spaces (U+00A0, U+3000, …) are word characters to it. */
export const SHELL_BLANKS = " \t\r";
const isBlank = (ch: string | undefined) => ch !== undefined && SHELL_BLANKS.includes(ch);
const BREAKS = new Set([...SHELL_BLANKS, "\n", ";", "&", "|", "(", ")", "<", ">"]);
const CONTROL = ["&&", "||", ";;", ";&", "|&", ";", "|", "&", "(", ")"];
const REDIRECT = /^(\d*)(&>>|&>|<<<|<<-|<<|<>|<&|>&|>>|>\||<(?!\()|>(?!\())/;

export function splitSteps(text: string): Step[] {
  return [...readScript(text).steps];
}

export function readScript(text: string): Script {
  return new Scanner(text).run();
}

interface HereDoc {
  readonly delimiter: string;
  readonly stripTabs: boolean;
}

class Scanner {
  private i = 0;
  private line = 1;
  private words: Word[] = [];
  private wordLine = 1;
  private readonly steps: Step[] = [];
  private readonly hereDocs: HereDoc[] = [];
  private problem: Problem | undefined;

  constructor(private readonly text: string) {}

  run(): Script {
    const { text } = this;
    while (this.i < text.length && !this.problem) {
      const ch = text[this.i]!;
      if (isBlank(ch)) this.i++;
      else if (ch === "#") this.skipComment();
      else if (ch === "\\" && text[this.i + 1] === "\n") this.newline(2);
      else if (ch === "\n") {
        this.close();
        this.newline(1);
        this.skipHereDocs();
      } else if (!this.redirect()) {
        const op = CONTROL.find((o) => text.startsWith(o, this.i));
        if (op) {
          this.close();
          this.i += op.length;
        } else this.word();
      }
    }
    this.close();
    return { steps: this.steps, problem: this.problem };
  }

  private newline(width: number): void {
    this.i += width;
    this.line++;
  }

  private skipComment(): void {
    const end = this.text.indexOf("\n", this.i);
    this.i = end < 0 ? this.text.length : end;
  }

  private close(): void {
    const words = this.words;
    if (words.length > 0) {
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      this.steps.push({ words, start, end, line: this.wordLine });
    }
    this.words = [];
  }

  private push(word: Word): void {
    if (this.words.length === 0) this.wordLine = this.line;
    this.words.push(word);
    this.countLines(word.start, word.end);
  }

  private countLines(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.text[k] === "\n") this.line++;
  }

  /** `> log`, `2>&1`, `<<EOF`: the operator and its target as one word. */
  private redirect(): boolean {
    const match = REDIRECT.exec(this.text.slice(this.i, this.i + 16));
    if (!match) return false;
    const start = this.i;
    this.i += match[0].length;
    while (isBlank(this.text[this.i])) this.i++;
    const target = this.readWord();
    if (!target) return true;
    if (match[2] === "<<" || match[2] === "<<-") {
      this.hereDocs.push({ delimiter: target.value, stripTabs: match[2] === "<<-" });
    }
    this.push({
      value: this.text.slice(start, target.end),
      start,
      end: target.end,
      dynamic: false,
      redirect: true,
    });
    return true;
  }

  private word(): void {
    const word = this.readWord();
    if (word) this.push(word);
    // A character that starts no word and no operator (cannot happen) must still be passed.
    else this.i++;
  }

  /** A here-document's body is data for its command, never steps of the script. */
  private skipHereDocs(): void {
    for (const doc of this.hereDocs.splice(0)) {
      while (this.i < this.text.length) {
        const end = this.text.indexOf("\n", this.i);
        const stop = end < 0 ? this.text.length : end;
        const body = this.text.slice(this.i, stop);
        this.i = stop;
        if (end >= 0) this.newline(1);
        if ((doc.stripTabs ? body.replace(/^\t+/, "") : body) === doc.delimiter) break;
      }
    }
  }

  private readWord(): Word | undefined {
    const { text } = this;
    const start = this.i;
    let value = "";
    let dynamic = false;
    while (this.i < text.length && !this.problem) {
      const ch = text[this.i]!;
      const next = text[this.i + 1];
      if ((ch === "<" || ch === ">") && next === "(") {
        dynamic = this.expansion(this.i + 2, ")", (raw) => (value += raw)) || dynamic;
      } else if (BREAKS.has(ch)) break;
      else if (ch === "'") this.quoted("'", (inner) => (value += inner));
      else if (ch === '"') dynamic = this.doubleQuoted((inner) => (value += inner)) || dynamic;
      else if (ch === "\\") {
        if (next !== "\n") value += next ?? "";
        this.i += 2;
      } else if (ch === "`") dynamic = this.expansion(this.i + 1, "`", (r) => (value += r));
      else if (ch === "$" && (next === "(" || next === "{")) {
        dynamic = this.expansion(this.i + 2, next === "(" ? ")" : "}", (r) => (value += r));
      } else if (ch === "$" && next === "'") {
        this.i++;
        this.quoted("'", (inner) => (value += inner));
      } else if (ch === "$" && next !== undefined && /[A-Za-z0-9_@*#?$!-]/.test(next)) {
        const name = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(
          text.slice(this.i, this.i + 256),
        );
        const raw = name ? name[0] : "$";
        value += raw;
        this.i += raw.length;
        dynamic = true;
      } else {
        value += ch;
        this.i++;
      }
    }
    this.i = Math.min(this.i, text.length);
    if (this.i === start) return undefined;
    return { value, start, end: this.i, dynamic, redirect: false };
  }

  private quoted(quote: string, add: (inner: string) => void): void {
    const close = this.text.indexOf(quote, this.i + 1);
    if (close < 0) return this.fail(`a ${quote} that is never closed`, this.i);
    add(this.text.slice(this.i + 1, close));
    this.i = close + 1;
  }

  /** "…": escapes and expansions inside; true when it holds an expansion. */
  private doubleQuoted(add: (inner: string) => void): boolean {
    const open = this.i;
    const end = expansionEnd(this.text, this.i + 1, '"');
    if (end < 0) {
      this.fail('a " that is never closed', open);
      return false;
    }
    const inner = this.text.slice(open + 1, end - 1);
    add(inner.replace(/\\([$`"\\\n])/g, "$1"));
    this.i = end;
    return /\$|`/.test(inner);
  }

  /** An expansion read whole, nested to any depth; its raw text becomes part of the word. */
  private expansion(from: number, close: ")" | "}" | "`", add: (raw: string) => void): boolean {
    const open = this.i;
    const end = expansionEnd(this.text, from, close);
    if (end < 0) {
      this.fail(`a ${this.text.slice(open, from)} that is never closed`, open);
      return false;
    }
    add(this.text.slice(open, end));
    this.i = end;
    return true;
  }

  private fail(what: string, at: number): void {
    this.problem ??= { what, line: lineOf(this.text, at) };
    this.i = this.text.length;
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) line++;
  return line;
}
