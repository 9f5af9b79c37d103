// When the measured peak needs more requests in flight than one instance can hold with threads
// (memory, or threads per worker), say so plainly, and what would hold it.
import type { Finding } from "../report/findings.js";
import { GEVENT_CONNECTIONS } from "./accept-spread.js";
import type { RecommendInput } from "./sizing.js";

export function loadFindings(input: RecommendInput, held: number, wanted: number): Finding[] {
  if (wanted === 0 || held >= wanted || input.peakInFlight === undefined) return [];
  const scale = Math.ceil((wanted / held) * 10) / 10;
  return [
    {
      level: "warning",
      message: `At the measured peak about ${input.peakInFlight.toFixed(0)} requests are in flight on each instance, ${wanted} with room for their bursts, and this command holds ${held}. To hold them: ${scale}× the instances the site had at its peak, or gevent workers (${GEVENT_CONNECTIONS.toLocaleString("en")} waiting requests each) if the app's libraries work patched, or async handlers on an ASGI server.`,
    },
  ];
}
