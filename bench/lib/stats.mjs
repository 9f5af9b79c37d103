// The benchmark's one summary statistic: the median resists the odd slow or fast run.
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
