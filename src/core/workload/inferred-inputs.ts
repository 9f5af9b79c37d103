// The inferred profile as inputs: io-profile auto stays auto (a measured site still replaces
// it), but until then the handlers' guess stands in, and a notice says from which line.
import type { Finding } from "../report/findings.js";
import { PRESETS, type IoProfile } from "../sizing/presets.js";
import type { InferredProfile } from "./infer-profile.js";

/**
 * A language model's answer, or a streamed response, keeps its request waiting for seconds
 * against milliseconds of CPU: 1.5 s and 3 ms is 99.8 % waiting. Sized at that share, one vCPU
 * held 256 such users as well as the best configuration measured (docs/benchmarks-long.md),
 * where the io-bound preset's 64 requests in flight held a quarter of them.
 */
export const LONG_WAIT_SHARE = 0.998;

interface IoInputs {
  readonly ioAuto: boolean;
  readonly ioWaitRatio: number;
  readonly ioSource: string;
  readonly ioProfile: IoProfile | undefined;
}

/** Seconds-long waits: a model's answer or a stream, sized by the long-wait share. */
const waitsLong = (i: InferredProfile) => i.because?.kind === "llm" || i.streaming !== undefined;

export function withInferred<T extends IoInputs>(
  inputs: T,
  inferred: InferredProfile | undefined,
): T {
  if (!inputs.ioAuto || !inferred) return inputs;
  if (waitsLong(inferred)) {
    return {
      ...inputs,
      ioProfile: undefined,
      ioWaitRatio: LONG_WAIT_SHARE,
      ioSource: "inferred: the handlers wait seconds on a model or a stream",
    };
  }
  if (inferred.profile === inputs.ioProfile) return inputs;
  return {
    ...inputs,
    ioProfile: inferred.profile,
    ioWaitRatio: PRESETS[inferred.profile].nominal,
    ioSource: "inferred from what the handlers call",
  };
}

const WHAT: Record<string, string> = {
  llm: "calls a language model",
  remote: "calls a remote service",
  compute: "computes locally",
  database: "queries a database",
};

/** Where the guess came from, and how to replace it with a measurement. */
export function inferenceFinding(
  inferred: InferredProfile | undefined,
  at: (file: string, line?: number) => Pick<Finding, "file" | "line">,
): Finding[] {
  if (!inferred || (inferred.profile === "mixed" && !inferred.streaming)) return [];
  const { because, streaming } = inferred;
  const what = because
    ? `the handler ${because.handler}() ${WHAT[because.kind]} (\`${because.callee.slice(0, 60)}\`, ${because.file} line ${because.line})`
    : `a handler streams its response (${streaming!.file} line ${streaming!.line})`;
  const sized = waitsLong(inferred)
    ? `it is sized for requests that wait seconds for a few milliseconds of CPU (${LONG_WAIT_SHARE * 100} % waiting${because?.kind === "llm" && streaming ? ", streamed" : ""})`
    : `the ${inferred.profile} preset stands in for a measurement`;
  const where = because ?? streaming!;
  return [
    {
      level: "notice",
      message: `io-profile auto: ${what}, so ${sized}. Give app-name and resource-group-name to measure the live site, or set io-wait-ratio to what you measured.`,
      ...at(where.file, where.line),
    },
  ];
}
