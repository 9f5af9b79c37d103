// The inferred profile as inputs: io-profile auto stays auto (a measured site still replaces
// it), but until then the preset is the one the handlers suggest, and a notice says from where.
import type { Finding } from "../report/findings.js";
import { PRESETS } from "../sizing/presets.js";
import type { InferredProfile } from "./infer-profile.js";

interface IoInputs {
  readonly ioAuto: boolean;
  readonly ioWaitRatio: number;
  readonly ioSource: string;
  readonly ioProfile: keyof typeof PRESETS | undefined;
}

export function withInferred<T extends IoInputs>(
  inputs: T,
  inferred: InferredProfile | undefined,
): T {
  if (!inputs.ioAuto || !inferred || inferred.profile === inputs.ioProfile) return inputs;
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
  const because = inferred?.because;
  if (!inferred || !because || inferred.profile === "mixed") return [];
  return [
    {
      level: "notice",
      message: `io-profile auto: the handler ${because.handler}() ${WHAT[because.kind]} (${because.callee.slice(0, 60)}, ${because.file} line ${because.line}), so the ${inferred.profile} preset stands in for a measurement. Give app-name and resource-group-name to measure the live site, or set io-wait-ratio to what you measured.`,
      ...at(because.file, because.line),
    },
  ];
}
