// paycodes/logReport: the log report of files on disk as the CLI writes it, for the client to show in a webview.
import { pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import { reportOnFiles } from '../report/reportOnFiles';
import { loadReportAssets } from '../report/reportAssets';
import { renderReportHtml } from '../report/reportHtml';
import { VERSION } from '../version';
import type { LogReportParams, LogReportResult } from './protocol';
import type { Session } from './session';

export async function logReport(session: Session, params: LogReportParams, token: CancellationToken): Promise<LogReportResult> {
  const providersOf = (file: string) => session.settingsFor(pathToFileURL(file).toString()).providers;
  const data = await reportOnFiles(session.index, params.files, params.idField, providersOf, () => token.isCancellationRequested);
  return { html: renderReportHtml(data, loadReportAssets(), VERSION) };
}
