// uPlot, the charting library the report embeds: esbuild.mjs copies its minified build next to the bundle
// (dist/report/), and the report inlines it, so the HTML draws its chart with no network at view time.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ReportAssets {
  uplotJs: string;
  uplotCss: string;
}

export function loadReportAssets(dir = path.join(__dirname, 'report')): ReportAssets {
  return {
    uplotJs: fs.readFileSync(path.join(dir, 'uPlot.iife.min.js'), 'utf8'),
    uplotCss: fs.readFileSync(path.join(dir, 'uPlot.min.css'), 'utf8'),
  };
}
