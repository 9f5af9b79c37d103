// Open-loop load: requests arrive at random (Poisson) times at a given rate, whether or not
// earlier ones have been answered, as a site's visitors do. wrk keeps a fixed number of
// clients waiting on answers instead (a closed loop), which hides queueing the site would see.
import http from "node:http";

/** Sends requests at `rate` per second for `seconds`; resolves when every one was answered. */
export function openLoad({ url, rate, seconds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const times = [];
  let errors = 0;
  const pending = [];
  const until = Date.now() + seconds * 1000;
  return new Promise((resolve) => {
    const next = () => {
      if (Date.now() >= until) {
        Promise.all(pending).then(() => {
          agent.destroy();
          const mean = times.length ? times.reduce((a, b) => a + b, 0) / times.length : NaN;
          resolve({ requests: times.length, mean, errors });
        });
        return;
      }
      const started = process.hrtime.bigint();
      pending.push(
        new Promise((done) => {
          const req = http.get(url, { agent }, (res) => {
            res.resume();
            res.on("end", () => {
              times.push(Number(process.hrtime.bigint() - started) / 1e6);
              done();
            });
          });
          req.on("error", () => {
            errors++;
            done();
          });
        }),
      );
      setTimeout(next, (-Math.log(1 - Math.random()) / rate) * 1000);
    };
    next();
  });
}
