// Types for the tests, which parse wrk's output on plain text.
export function parseWrk(text: string): {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  requests: number;
  counted: number;
};
