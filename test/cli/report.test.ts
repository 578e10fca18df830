// `paycodes scan --report`: one self-contained HTML file, opened in Chromium as a person would open it: the
// timeline's bars drawn in each outcome's colour where the known log puts them, no request made, and the
// references that never reached a final state listed. Screenshot: test-results/report/.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from '../editor/workbench';
import { fixturesDir, repoRoot } from '../paths';
import { assertChartDrawn, CHART_PROBE, type ChartProbe, type Timeline } from './chartProbe';
import { runCli } from './runCli';

const log = path.join(fixturesDir, 'report', 'incident.log');
const screenshots = path.join(repoRoot, 'test-results', 'report');

/** What incident.log holds per minute from 10:00 UTC: the chart must draw exactly this. */
const EXPECTED: Timeline = {
  t: ['10:00', '10:01', '10:02', '10:03'].map((hm) => Date.parse(`2026-11-20T${hm}:00Z`) / 1000),
  success: [3, 0, 0, 2],
  pending: [0, 2, 0, 0],
  failure: [0, 1, 0, 0],
  unknown: [0, 0, 0, 2],
};
describe('paycodes scan --report', function () {
  this.timeout(120_000);
  let dir: string;
  let html: string;
  let report: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-report-'));
    report = path.join(dir, 'report.html');
    const r = runCli(['scan', '--report', report, log]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^11 occurrences of 4 codes$/m, 'the scan prints its table as without --report');
    html = fs.readFileSync(report, 'utf8');
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is one file that loads nothing: the chart library is inlined and the page forbids any request', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)=/i);
    assert.match(html, /var uPlot=function/);
  });

  it('lists the top codes with their explanation', () => {
    assert.match(html, /<td><code>2004300<\/code><\/td><td>DOKU<\/td><td>[^<]+<\/td><td><span class="swatch"[^>]*><\/span>success<\/td><td class="n">5<\/td><td>Do not retry: /);
    assert.match(html, /<td><code>5044300<\/code><\/td>.*<td class="n">2<\/td><td>Poll: query the payment status/);
  });

  it('lists the references whose last code is not final, and says how the reference field was chosen', () => {
    const refs = [...html.matchAll(/<tr><td><code>(\w+)=(PO-\d+)<\/code><\/td><td><code>(\d+)<\/code>/g)].map((m) => `${m[2]} ${m[3]}`);
    // PO-3 and PO-8 were settled by an inquiry that names the reference partnerReferenceNo, not payout
    assert.deepEqual(refs, ['PO-2 2024300', 'PO-9 2024300', 'PO-4 5044300']);
    assert.match(html, /first id-like field.*11 of 11 lines with a code carry one: <code>payout<\/code> on 8 lines, <code>partnerReferenceNo<\/code> on 3 lines/);
  });

  it('--id-field chooses the reference field', () => {
    const other = path.join(dir, 'by-payout.html');
    const r = runCli(['scan', '--report', other, '--id-field', 'payout', log]);
    assert.equal(r.status, 0, r.stderr);
    const text = fs.readFileSync(other, 'utf8');
    assert.match(text, /A line's reference is its <code>payout<\/code> field \(<code>--id-field payout<\/code>\)\. 8 of 11 lines with a code carry one: <code>payout<\/code> on 8 lines\./);
    const refs = [...text.matchAll(/<tr><td><code>payout=(PO-\d+)<\/code>/g)].map((m) => m[1]);
    // the inquiries that settled PO-3 and PO-8 carry no payout field, and PO-9's code is on a line without one
    assert.deepEqual(refs, ['PO-2', 'PO-3', 'PO-4', 'PO-8']);
    const none = runCli(['scan', '--id-field', 'payout', log]);
    assert.equal(none.status, 2);
    assert.equal(none.stderr, 'paycodes: --id-field chooses the reference field of --report: give both\n');
  });

  it('draws the timeline in Chromium: one stacked bar per minute, each outcome in its colour, without a request', async () => {
    const browser = await launchBrowser(path.join(dir, 'chromium'));
    try {
      const requests: string[] = [];
      const errors: string[] = [];
      browser.page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      browser.page.on('pageerror', (e) => errors.push(e.message));
      await browser.page.goto(`file://${report}`);
      const embedded = JSON.parse(await browser.page.locator('#paycodes-data').textContent() ?? '{}').timeline;
      assert.deepEqual({ t: embedded.t, success: embedded.success, pending: embedded.pending, failure: embedded.failure, unknown: embedded.unknown }, EXPECTED);
      await browser.page.waitForFunction('window.paycodesChart !== undefined', undefined, { timeout: 10_000 });
      const probe = (await browser.page.evaluate(CHART_PROBE)) as ChartProbe;
      fs.mkdirSync(screenshots, { recursive: true });
      await browser.page.screenshot({ path: path.join(screenshots, 'log-report.png'), fullPage: true });
      assert.deepEqual(errors, []);
      assert.deepEqual(requests, []);
      assertChartDrawn(probe, EXPECTED);
      assert.deepEqual(probe.emptyColumns.map((c) => c.bucket), [2], 'the quiet minute 10:02 is an empty bucket');
    } finally {
      await browser.close();
    }
  });
});
