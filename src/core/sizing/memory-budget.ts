// The memory budget: master + workers × per-worker RSS must fit the plan's memory with headroom,
// and apps on one plan share it.
import type { Finding } from "../report/findings.js";
import { plural } from "../report/words.js";

/** Measured: a gunicorn master with a Flask app is about 27 MB RSS. */
export const MASTER_MEMORY_MB = 30;
/**
 * Budget per extra thread for its stack and a request's buffers. Measured with 512 threads each
 * holding a request: 32 kB per thread (30.1 MB for one worker of 1 thread, 46.5 MB of 512); the
 * budget leaves eight times that for the request and response an app keeps in flight.
 */
export const THREAD_MEMORY_MB = 0.25;
/** Share of the plan's memory the app may plan for; the rest is the OS, agents and spikes. */
export const MEMORY_HEADROOM = 0.8;

export interface MemoryInput {
  readonly memoryMb: number;
  readonly appsOnPlan: number;
  readonly workerMemoryMb: number;
}

export function memoryBudget(input: MemoryInput): number {
  return (input.memoryMb * MEMORY_HEADROOM) / input.appsOnPlan;
}

export function perWorkerMemory(input: MemoryInput, threads: number): number {
  return input.workerMemoryMb + (threads - 1) * THREAD_MEMORY_MB;
}

export function maxWorkersInMemory(input: MemoryInput, threads: number): number {
  return Math.floor((memoryBudget(input) - MASTER_MEMORY_MB) / perWorkerMemory(input, threads));
}

function share(input: MemoryInput): string {
  return input.appsOnPlan > 1 ? ` (its share of ${input.appsOnPlan} apps on the plan)` : "";
}

export function memoryWhy(input: MemoryInput, workers: number, target: number): string {
  return `Memory limits this to ${plural(workers, "worker")} where the CPU could use ${target}: ${Math.round(memoryBudget(input))} MB budget${share(input)} (${Math.round(MEMORY_HEADROOM * 100)}% of ${input.memoryMb} MB) for a ${MASTER_MEMORY_MB} MB master and ${input.workerMemoryMb} MB per worker (worker-memory-mb).`;
}

export function memoryFindings(
  input: MemoryInput,
  workers: number,
  threads: number,
  target: number,
): Finding[] {
  if (maxWorkersInMemory(input, threads) < 1) {
    return [
      {
        level: "error",
        message: `Even one worker does not fit: ${MASTER_MEMORY_MB} MB master + ${input.workerMemoryMb} MB worker exceeds the ${Math.round(memoryBudget(input))} MB budget${share(input)}. Choose a plan with more memory or check worker-memory-mb.`,
      },
    ];
  }
  if (workers >= target) return [];
  return [
    {
      level: "warning",
      message: `${memoryWhy(input, workers, target)} A plan with more memory would serve more requests at once.`,
    },
  ];
}
