import type { Results } from './run.ts';

// The benchmark's chart, drawn by hand as SVG (two panels, log-scaled registry size): a chart
// library would be more code to carry than these lines.

const W = 720;
const H = 300;
const PAD = { left: 64, right: 20, top: 36, bottom: 44 };

function panel(
  x0: number,
  title: string,
  xs: number[],
  series: { name: string; colour: string; ys: number[] }[],
  unit: string,
  limit?: { y: number; label: string },
): string {
  const width = W / 2 - 10;
  const plotW = width - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const lx = xs.map((x) => Math.log10(x));
  const [xMin, xMax] = [Math.min(...lx), Math.max(...lx) === Math.min(...lx) ? Math.min(...lx) + 1 : Math.max(...lx)];
  const yMax = Math.max(...series.flatMap((s) => s.ys), limit?.y ?? 0) * 1.15 || 1;
  const px = (x: number) => x0 + PAD.left + ((Math.log10(x) - xMin) / (xMax - xMin)) * plotW;
  const py = (y: number) => PAD.top + plotH - (y / yMax) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const parts = [
    `<text x="${x0 + PAD.left}" y="20" font-size="13" font-weight="bold">${title}</text>`,
    `<line x1="${x0 + PAD.left}" y1="${PAD.top + plotH}" x2="${x0 + PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="#444"/>`,
    `<line x1="${x0 + PAD.left}" y1="${PAD.top}" x2="${x0 + PAD.left}" y2="${PAD.top + plotH}" stroke="#444"/>`,
    ...ticks.map(
      (t) =>
        `<text x="${x0 + PAD.left - 6}" y="${py(t) + 4}" font-size="10" text-anchor="end">${t >= 100 ? Math.round(t) : t.toFixed(1)}</text><line x1="${x0 + PAD.left}" y1="${py(t)}" x2="${x0 + PAD.left + plotW}" y2="${py(t)}" stroke="#e5e5e5"/>`,
    ),
    ...xs.map((x) => `<text x="${px(x)}" y="${PAD.top + plotH + 16}" font-size="10" text-anchor="middle">${x.toLocaleString('en')}</text>`),
    `<text x="${x0 + PAD.left + plotW / 2}" y="${H - 8}" font-size="11" text-anchor="middle">ships in the registry</text>`,
    `<text x="${x0 + 14}" y="${PAD.top + plotH / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 ${x0 + 14} ${PAD.top + plotH / 2})">${unit}</text>`,
  ];
  if (limit) {
    parts.push(
      `<line x1="${x0 + PAD.left}" y1="${py(limit.y)}" x2="${x0 + PAD.left + plotW}" y2="${py(limit.y)}" stroke="#b00020" stroke-dasharray="4 3"/><text x="${x0 + PAD.left + plotW}" y="${py(limit.y) - 4}" font-size="10" text-anchor="end" fill="#b00020">${limit.label}</text>`,
    );
  }
  series.forEach((s, i) => {
    parts.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${xs.map((x, j) => `${px(x)},${py(s.ys[j]!)}`).join(' ')}"/>`);
    parts.push(...xs.map((x, j) => `<circle cx="${px(x)}" cy="${py(s.ys[j]!)}" r="3" fill="${s.colour}"/>`));
    parts.push(
      `<rect x="${x0 + PAD.left + 8}" y="${PAD.top + 4 + i * 14}" width="10" height="3" fill="${s.colour}"/><text x="${x0 + PAD.left + 22}" y="${PAD.top + 9 + i * 14}" font-size="10">${s.name}</text>`,
    );
  });
  return parts.join('\n');
}

export function chart(r: Results): string {
  const xs = r.sizes.map((s) => s.ships);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${panel(
  0,
  'Lookup latency',
  xs,
  [
    { name: 'p99', colour: '#b00020', ys: r.sizes.map((s) => s.lookup.p99Ms) },
    { name: 'p50', colour: '#0b4f8a', ys: r.sizes.map((s) => s.lookup.p50Ms) },
  ],
  'ms',
  { y: 10, label: 'target p99 10 ms' },
)}
${panel(
  W / 2,
  'Throughput',
  xs,
  [
    { name: 'GET /api/lookup', colour: '#0b4f8a', ys: r.sizes.map((s) => s.lookup.requestsPerSecond) },
    { name: 'GET /healthz', colour: '#888', ys: r.sizes.map((s) => s.healthz.requestsPerSecond) },
  ],
  'requests per second',
)}
</svg>
`;
}
