// The long-wait benchmark's workloads and configurations (bench/long-waits.mjs). Waits are
// jittered ±50 % around their mean, as a language model's answer times spread; every user sends
// its next request as soon as the last is answered.

export const LONG_WORKLOADS = [
  { name: "wait-1.5s-256", waitMs: 1500, cpuMs: 3, users: 256, query: "jitter=0.5" },
  { name: "wait-1.5s-1024", waitMs: 1500, cpuMs: 3, users: 1024, query: "jitter=0.5" },
  { name: "wait-4s-512", waitMs: 4000, cpuMs: 3, users: 512, query: "jitter=0.5" },
  { name: "wait-15s-1024", waitMs: 15000, cpuMs: 5, users: 1024, query: "jitter=0.5" },
  {
    name: "stream-10s-256",
    waitMs: 10000,
    cpuMs: 2,
    users: 256,
    endpoint: "stream",
    query: "jitter=0.5&tokens=50",
  },
];

/**
 * "2x256": 2 gthread workers of 256 threads on the current gunicorn, as we emit them (connection
 * cap, keep-alive off); "1x1" the platform's default sync worker; "g2": 2 gevent workers of 1,000
 * connections each on Debian's gunicorn 20.1; "d1x256": gthread on Debian's gunicorn 20.1.
 */
export const LONG_CONFIGS = [
  "1x1",
  "2x32",
  "6x64",
  "4x128",
  "1x256",
  "2x256",
  "4x256",
  "1x512",
  "2x512",
  "1x1024",
  "d2x256",
  "g1",
  "g2",
];

export function parseConfig(key) {
  const gevent = /^g(\d+)$/.exec(key);
  if (gevent)
    return {
      kind: "gevent",
      workers: Number(gevent[1]),
      threads: 1,
      connections: 1000,
      bin: "debian",
    };
  const threaded = /^(d?)(\d+)x(\d+)$/.exec(key);
  if (!threaded) throw new Error(`bench:long: bad configuration ${key}`);
  const [, debian, workers, threads] = threaded;
  return {
    kind: "gthread",
    workers: Number(workers),
    threads: Number(threads),
    bin: debian ? "debian" : "current",
  };
}

/** The wait share as a user who knows it would give it: to a hundredth of a percent, at most what the input takes. */
export const exactShare = (w) =>
  Math.min(0.9999, Math.round((w.waitMs / (w.waitMs + w.cpuMs)) * 10000) / 10000);

/** Requests in flight at once: every user waits on one (a closed loop). */
export const inFlight = (w) => w.users;
