// One chart per preset band: throughput as a share of the best (grid pass) against the wait
// share, one line per way of choosing the configuration.
import { key, versusBest } from "./passes.mjs";
import { bandsOf, share } from "./workloads.mjs";

const W = 640;
const H = 300;
const PAD = { left: 48, right: 180, top: 28, bottom: 40 };
const COLORS = ["#999999", "#d95f02", "#7570b3", "#1b9e77", "#e7298a"];
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function renderBandSvg(section, band) {
  const inBand = section.workloads
    .filter((w) => bandsOf(w).includes(band))
    .sort((a, b) => share(a) - share(b) || a.cpuMs - b.cpuMs);
  const lines = [
    ...section.named.map((n) => ({
      label: n.label,
      config: () => [n.workers, n.threads, n.keepAlive],
    })),
    {
      label: `ours, ${band.preset} preset`,
      config: (w) => section.ours[w.name].presets[band.preset],
    },
    { label: "ours, exact share", config: (w) => section.ours[w.name].exact },
  ];
  const x = (s) => PAD.left + ((s - band.lo) / (band.hi - band.lo)) * (W - PAD.left - PAD.right);
  const y = (r) => PAD.top + (1 - r / 1.1) * (H - PAD.top - PAD.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${PAD.left}" y="16" font-size="13">${esc(band.preset)}: share of the best throughput by wait share (ours: confirmation rounds; others: grid pass)</text>`,
  ];
  for (const r of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(r)}" y2="${y(r)}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 6}" y="${y(r) + 4}" text-anchor="end">${r.toFixed(2)}</text>`,
    );
  }
  for (const w of inBand) {
    parts.push(
      `<text x="${x(share(w))}" y="${H - PAD.bottom + 14}" text-anchor="middle">${Math.round(share(w) * 1000) / 10}%</text>`,
    );
  }
  parts.push(
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">share of each request spent waiting (CPU bursts 2–30 ms)</text>`,
  );
  lines.forEach((line, i) => {
    const points = inBand
      .map((w) => {
        const k = key(line.config(w));
        const confirmed = line.confirmed && section.confirm?.[w.name]?.[k];
        return [
          share(w),
          versusBest((confirmed ? section.confirm : section.grid)[w.name], k)?.ratio,
        ];
      })
      .filter(([, r]) => r !== undefined);
    const path = points.map(([s, r]) => `${x(s).toFixed(1)},${y(r).toFixed(1)}`).join(" ");
    parts.push(
      `<polyline fill="none" stroke="${COLORS[i]}" stroke-width="2" points="${path}"/>`,
      ...points.map(
        ([s, r]) =>
          `<circle cx="${x(s).toFixed(1)}" cy="${y(r).toFixed(1)}" r="3" fill="${COLORS[i]}"/>`,
      ),
      `<text x="${W - PAD.right + 10}" y="${PAD.top + 16 * i + 4}" fill="${COLORS[i]}">${esc(line.label)}</text>`,
    );
  });
  parts.push("</svg>", "");
  return parts.join("\n");
}
