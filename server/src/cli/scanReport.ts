// `paycodes scan --report report.html [--id-field NAME]`: the scan also feeds the log report, written as one
// self-contained HTML file when the scan is done.
import * as fs from 'node:fs';
import type { CodeIndex } from '../catalog/codeIndex';
import { LogReportBuilder } from '../report/logReport';
import { loadReportAssets } from '../report/reportAssets';
import { renderReportHtml } from '../report/reportHtml';
import type { OnOccurrence } from '../scan/logScan';
import { VERSION } from '../version';
import { UsageError, type Io } from './io';

export interface ScanReport {
  onOccurrence: OnOccurrence;
  write(files: string[]): void;
}

export function scanReport(io: Io, index: CodeIndex, reportFile: string | undefined, idField: string | undefined): ScanReport | undefined {
  if (reportFile === undefined) {
    if (idField !== undefined) throw new UsageError('--id-field chooses the reference field of --report: give both');
    return undefined;
  }
  const builder = new LogReportBuilder(index, idField);
  return {
    onOccurrence: (o, line) => builder.add(o, line),
    write: (files) => {
      fs.writeFileSync(reportFile, renderReportHtml(builder.finish(files, []), loadReportAssets(), VERSION));
      io.err(`paycodes: wrote ${reportFile}\n`);
    },
  };
}
