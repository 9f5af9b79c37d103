// "Did you mean": the options closest to a mistyped value.

export function closeMatches(value: string, options: readonly string[], limit = 4): string[] {
  const needle = value.trim().toLowerCase();
  return options
    .map((option) => ({ option, d: editDistance(needle, option.toLowerCase()) }))
    .filter(({ option, d }) => d <= 2 || option.toLowerCase().startsWith(needle.slice(0, 2)))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ option }) => option);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}
