// PayCodes: Show Log Report — the report `paycodes scan --report` writes, for the log file in the editor,
// in a webview beside it. The server reads the file from disk and renders the page; this only shows it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LOG_REPORT, type LogReportParams, type LogReportResult } from '../../../server/src/lsp/protocol';

export async function showLogReport(client: LanguageClient): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('PayCodes: open a log file saved on disk to see its report.');
    return;
  }
  const params: LogReportParams = { files: [doc.uri.fsPath] };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `PayCodes: reading ${vscode.workspace.asRelativePath(doc.uri)}`, cancellable: true },
    (_, cancel) => client.sendRequest<LogReportResult>(LOG_REPORT, params, cancel),
  );
  const name = doc.uri.path.split('/').pop();
  // The page allows no request of its own (its Content-Security-Policy): scripts draw the chart, nothing loads.
  const panel = vscode.window.createWebviewPanel('paycodes.logReport', `Log Report: ${name}`, vscode.ViewColumn.Beside, {
    enableScripts: true,
    localResourceRoots: [],
  });
  panel.webview.html = result.html;
}
