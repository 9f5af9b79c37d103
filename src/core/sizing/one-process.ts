// One worker for an app that keeps state in its process (shared-state/): the requests in flight
// the sizing wanted move into one process as threads, which share the app's state and still
// overlap their waits. Event-loop workers already serve many requests from one process.
import { EVIDENCE } from "./evidence.js";
import { threadsToHold } from "./exact-share.js";
import { memoryFindings, type MemoryInput } from "./memory-budget.js";
import { CONSEQUENCES, type Hazard } from "../shared-state/kinds.js";
import type { Sizing } from "./sizing.js";

export function keepOneProcess(
  sizing: Sizing,
  hazard: Hazard,
  input: MemoryInput & { readonly cores: number },
  eventLoop: boolean,
): Sizing {
  const { breaks, wayOut } = CONSEQUENCES[hazard.kind];
  const found = `${hazard.file} line ${hazard.line} ${hazard.what}, and with several workers ${breaks}`;
  const more = `To use more, ${wayOut} or set allow-multiple-workers: true.`;
  if (sizing.workers === 1) {
    return {
      ...sizing,
      workersWhy: `One, and it must stay one: ${found}.`,
      evidence: EVIDENCE.oneProcess,
    };
  }
  const threads = eventLoop ? 1 : threadsToHold(sizing.workers * sizing.threads, 1);
  const cpu = input.cores > 1 ? `, though the plan has ${input.cores} vCPU` : "";
  return {
    workers: 1,
    threads,
    workersWhy: `One${cpu}: ${found}. ${more}`,
    evidence: EVIDENCE.oneProcess,
    threadsWhy: eventLoop
      ? sizing.threadsWhy
      : `${threads}: one process holds the ${sizing.workers * sizing.threads} requests in flight that ${sizing.workers} × ${sizing.threads} would, and its threads share the app's state while they overlap their waits.`,
    findings: memoryFindings(input, 1, threads, 1),
  };
}
