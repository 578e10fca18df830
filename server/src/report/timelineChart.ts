// The script that draws the timeline in the report page with uPlot: one bar per bucket, stacked by outcome
// (success at the bottom). uPlot has no stacking of its own: each series is the running total up to its
// outcome, and the series are drawn from the top of the stack down, so each paints over the one above.
// The legend shows each outcome's own count. `window.paycodesChart` is the uPlot instance (tests read it).
export const OUTCOME_COLORS = { success: '#2e7d32', pending: '#f9a825', failure: '#c62828', unknown: '#7b1fa2' } as const;

export const TIMELINE_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('paycodes-data').textContent);
  var tl = data.timeline, el = document.getElementById('timeline-chart');
  if (tl.t.length === 0) return;
  var colors = ${JSON.stringify(OUTCOME_COLORS)};
  var outcomes = ['success', 'pending', 'failure', 'unknown'];
  var totals = [], running = tl.t.map(function () { return 0; });
  outcomes.forEach(function (o) {
    running = running.map(function (v, i) { return v + tl[o][i]; });
    totals.push(running);
  });
  var series = [{}], columns = [tl.t];
  for (var k = outcomes.length - 1; k >= 0; k--) {
    (function (o) {
      series.push({
        label: o, stroke: colors[o], fill: colors[o], width: 0,
        paths: uPlot.paths.bars({ size: [0.8, 64] }), points: { show: false },
        value: function (u, v, s, i) { return i == null ? '' : String(tl[o][i]); }
      });
    })(outcomes[k]);
    columns.push(totals[k]);
  }
  var step = tl.bucketMinutes * 60;
  var ink = getComputedStyle(document.body).color;
  var grid = { stroke: 'rgba(128,128,128,0.25)', width: 1 };
  var chart = new uPlot({
    width: Math.max(320, el.clientWidth), height: 320, series: series,
    scales: { x: { time: true, range: function (u, min, max) { return [min - step / 2, max + step / 2]; } }, y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } },
    axes: [{ stroke: ink, grid: grid, ticks: grid }, { stroke: ink, grid: grid, ticks: grid, label: 'codes per ' + (tl.bucketMinutes === 1 ? 'minute' : tl.bucketMinutes + ' minutes') }],
    tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); },
    cursor: { points: { show: false } }
  }, columns, el);
  window.paycodesChart = chart;
  window.addEventListener('resize', function () { chart.setSize({ width: Math.max(320, el.clientWidth), height: 320 }); });
})();`;
