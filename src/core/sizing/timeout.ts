// gunicorn's --timeout: what it means for each worker class, and App Service's front-end limit.
import { isThreadedClass, type WorkerClass } from "../command/command.js";
import type { Finding } from "../report/findings.js";

/** App Service's front end cuts a request off after about 230 s (not configurable). */
export const FRONT_END_TIMEOUT_S = 230;

export function chooseTimeout(
  requested: number | undefined,
  workerClass: WorkerClass,
): { value: number; why: string; findings: Finding[] } {
  const effect =
    workerClass === "sync"
      ? "a sync worker busy longer than this is killed and restarted"
      : `with ${isThreadedClass(workerClass) ? "gthread" : "an event-loop worker"} it is only how long a silent worker may go before it is restarted`;
  if (requested === undefined) {
    return {
      value: FRONT_END_TIMEOUT_S,
      why: `App Service's front end drops a request after ${FRONT_END_TIMEOUT_S} s, so a longer timeout serves nobody; ${effect}.`,
      findings: [],
    };
  }
  if (requested > FRONT_END_TIMEOUT_S) {
    const message = `timeout ${requested} s was capped at ${FRONT_END_TIMEOUT_S} s: App Service's front end cuts every request off after ${FRONT_END_TIMEOUT_S} s, so a worker kept busy longer works for a client that is gone.`;
    return {
      value: FRONT_END_TIMEOUT_S,
      why: message,
      findings: [{ level: "notice", message }],
    };
  }
  return { value: requested, why: `As requested (timeout); ${effect}.`, findings: [] };
}
