// Reads what the report's timeline chart has drawn, from the canvas pixels, in whatever page or webview frame
// shows it: for every outcome of every bar, the pixel in the middle of where its part of the stack must be,
// and every pixel of the columns of empty buckets. Shared by the Chromium check and the code-server check.
import { strict as assert } from 'node:assert';
import { OUTCOME_COLORS } from '../../server/src/report/timelineChart';

export const OUTCOMES = ['success', 'pending', 'failure', 'unknown'] as const;

export type Timeline = { t: number[] } & Record<(typeof OUTCOMES)[number], number[]>;

export interface ChartProbe {
  labels: string[];
  bars: { bucket: number; outcome: string; rgba: number[] }[];
  emptyColumns: { bucket: number; colours: string[] }[];
}

/** Plain JavaScript run in the page: null until the chart exists. */
export const CHART_PROBE = `(() => {
  const u = window.paycodesChart;
  const data = document.getElementById('paycodes-data');
  if (!u || !data) return null;
  const tl = JSON.parse(data.textContent).timeline;
  const pixel = (x, y) => Array.from(u.ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data);
  const bars = [], emptyColumns = [];
  tl.t.forEach((t, i) => {
    const x = u.valToPos(t, 'x', true);
    let below = 0;
    for (const outcome of ${JSON.stringify(OUTCOMES)}) {
      const n = tl[outcome][i];
      if (n > 0) bars.push({ bucket: i, outcome, rgba: pixel(x, u.valToPos(below + n / 2, 'y', true)) });
      below += n;
    }
    if (below > 0) return;
    const colours = new Set();
    for (let y = u.valToPos(0, 'y', true) - 2; y > u.valToPos(u.scales.y.max, 'y', true); y--) colours.add(pixel(x, y).join());
    emptyColumns.push({ bucket: i, colours: [...colours] });
  });
  return { labels: u.series.slice(1).map((s) => s.label), bars, emptyColumns };
})()`;

const rgba = (hex: string) => [...[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)), 255];

/** The chart shows every outcome as a series and has drawn each part of each bar in its outcome's colour. */
export function assertChartDrawn(probe: ChartProbe, expected: Timeline): void {
  assert.deepEqual(probe.labels, [...OUTCOMES].reverse());
  const bars = expected.t.flatMap((_, i) => OUTCOMES.filter((o) => expected[o][i] > 0).map((o) => ({ bucket: i, outcome: o, rgba: rgba(OUTCOME_COLORS[o]) })));
  assert.deepEqual(probe.bars, bars);
  const outcomeColours = OUTCOMES.map((o) => rgba(OUTCOME_COLORS[o]).join());
  for (const column of probe.emptyColumns) {
    assert.deepEqual(column.colours.filter((c) => outcomeColours.includes(c)), [], `nothing drawn in the empty bucket ${column.bucket}`);
  }
}
