// What the sizing rules take and give: the recommender's input, and workers and threads with
// the reason for each.
import type { WorkerClass } from "../command/command.js";
import type { Evidence } from "./evidence.js";
import type { Finding } from "../report/findings.js";
import type { IoProfile } from "./presets.js";
import type { ConnectionPool, Hazard } from "../shared-state/kinds.js";

export interface RecommendInput {
  readonly cores: number;
  readonly memoryMb: number;
  readonly sharedCpu: boolean;
  /** Apps sharing one plan instance share its memory. */
  readonly appsOnPlan: number;
  readonly ioWaitRatio: number;
  /** Where the ratio came from, for the reasons ("the io-bound profile", "io-wait-ratio"). */
  readonly ioSource: string;
  readonly workerMemoryMb: number;
  /** Seconds the user asked for; undefined for the default. */
  readonly timeout: number | undefined;
  readonly module: string;
  readonly chdir: string | undefined;
  readonly port: number;
  /** The io-profile preset the wait share came from; undefined when it was given or measured. */
  readonly preset?: IoProfile | undefined;
  /** Connections the app's database or downstream service allows it; workers × threads fit. */
  readonly maxConnections?: number | undefined;
  /** For an ASGI app: its event-loop worker class, and why that one. */
  readonly appWorker?: { readonly workerClass: WorkerClass; readonly why: string } | undefined;
  /** State in the process that several workers would split: the sizing keeps one worker. */
  readonly oneProcess?: Hazard | undefined;
  /** Requests in flight on one instance at the site's measured peak (Little's law). */
  readonly peakInFlight?: number | undefined;
  /** The instances that served that peak. */
  readonly peakInstances?: number | undefined;
  /** The database connections one worker may open, when the app configures a pool. */
  readonly pool?: ConnectionPool | undefined;
}

export interface Sizing {
  workers: number;
  threads: number;
  workersWhy: string;
  threadsWhy: string;
  /** Where the evidence for the workers and threads lives (evidence.ts); none where unmeasured. */
  evidence: Evidence | undefined;
  findings: Finding[];
}
