// PayCodes: Show Log Report on a gateway log opens the report in a webview beside it, and its chart draws
// the log's bars in each outcome's colour (read from the canvas in the webview's frame).
import * as assert from 'node:assert/strict';
import { assertChartDrawn, CHART_PROBE, type ChartProbe } from '../../cli/chartProbe';
import { poll } from '../codeServer';
import { LOG_REPORT } from '../expectations';
import { session } from '../session';

describe('log report (code-server UI)', function () {
  this.timeout(90_000);

  after(async () => {
    await session().workbench.closeAllEditors();
  });

  it(`${LOG_REPORT.paletteTitle} shows the report of ${LOG_REPORT.file} with its timeline drawn`, async () => {
    const wb = session().workbench;
    await wb.openFile(LOG_REPORT.file);
    await wb.runCommand(LOG_REPORT.paletteTitle);
    let probe: ChartProbe | undefined;
    try {
      // the webview's page is a frame inside a frame: ask each until one has drawn the chart
      probe = await poll(`the chart in the webview of ${JSON.stringify(LOG_REPORT.paletteTitle)}`, async () => {
        for (const frame of wb.page.frames()) {
          const found = (await frame.evaluate(CHART_PROBE).catch(() => null)) as ChartProbe | null;
          if (found && found.bars.length > 0) return found;
        }
        return undefined;
      });
    } finally {
      await wb.screenshot('log-report-webview');
    }
    const tabs = await wb.visibleTexts('.tabs-container .tab');
    assert.ok(tabs.some((t) => t.includes(LOG_REPORT.tabTitle)), `expected a tab ${JSON.stringify(LOG_REPORT.tabTitle)}; the tabs are ${JSON.stringify(tabs)}`);
    assertChartDrawn(probe, LOG_REPORT.timeline);
  });
});
