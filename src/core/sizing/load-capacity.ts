// When the measured peak needs more requests in flight than one instance can hold with threads
// (memory, or threads per worker), say so plainly, and what would hold it.
import type { Finding } from "../report/findings.js";
import { GEVENT_CONNECTIONS } from "./accept-spread.js";
import type { RecommendInput } from "./sizing.js";

export function loadFindings(input: RecommendInput, held: number, wanted: number): Finding[] {
  if (wanted === 0 || held >= wanted || input.peakInFlight === undefined) return [];
  const scale = Math.ceil((wanted / held) * 10) / 10;
  const instances = input.peakInstances
    ? `${Math.ceil(input.peakInstances * (wanted / held))} instances instead of the ${input.peakInstances} that served the peak`
    : `${scale}× the instances the site had at its peak`;
  return [
    {
      level: "warning",
      message: `At the measured peak about ${input.peakInFlight.toFixed(0)} requests are in flight on each instance, ${wanted} with room for their bursts, and this command holds ${held}. To hold them: ${instances}, or gevent workers (${GEVENT_CONNECTIONS.toLocaleString("en")} waiting requests each) if the app's libraries work patched, or async handlers on an ASGI server.`,
    },
  ];
}

/**
 * Seconds-long waits on threads: gevent holds more where the core saturates (no GIL handoffs
 * between hundreds of threads), but only an app that lists it and whose libraries it can patch
 * may run it, so it is advice, not the command.
 */
export function geventAdvice(longWaits: boolean): Finding[] {
  if (!longWaits) return [];
  return [
    {
      level: "notice",
      message:
        "Requests here wait seconds for milliseconds of CPU. Where one core was saturated by such requests, one gevent worker served more than any number of threads (docs/benchmarks-long.md); if the app's libraries work under gevent's patching, list gevent in requirements.txt and start with `--worker-class gevent`.",
    },
  ];
}
