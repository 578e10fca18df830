// `paycodes scan --report report.html [--id-field NAME]`: the log report, written as one self-contained HTML
// file. The scan's workers return occurrences without their lines, so the report reads the files in a pass of
// its own, in the streaming scan the editor's Show Log Report uses too.
import * as fs from 'node:fs';
import type { CodeIndex } from '../catalog/codeIndex';
import type { Excluded } from '../files/walkFiles';
import { reportOnFiles } from '../report/reportOnFiles';
import { loadReportAssets } from '../report/reportAssets';
import { renderReportHtml } from '../report/reportHtml';
import { VERSION } from '../version';
import { UsageError, type Io } from './io';
import { inputs } from './scan';

export function checkReportOptions(reportFile: string | undefined, idField: string | undefined, paths: readonly string[]): void {
  if (reportFile === undefined && idField !== undefined) throw new UsageError('--id-field chooses the reference field of --report: give both');
  if (reportFile !== undefined && paths.includes('-')) throw new UsageError('--report reads log files or folders, not standard input');
}

export async function writeScanReport(
  io: Io, index: CodeIndex, reportFile: string, idField: string | undefined, paths: readonly string[], excluded: Excluded,
  providers: readonly string[],
): Promise<void> {
  const files = [...inputs(paths, excluded)].filter((i) => !i.error).map((i) => i.name);
  const data = await reportOnFiles(index, files, idField, () => providers);
  fs.writeFileSync(reportFile, renderReportHtml(data, loadReportAssets(), VERSION));
  io.err(`paycodes: wrote ${reportFile}\n`);
}
