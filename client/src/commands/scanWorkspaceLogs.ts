// PayCodes: Scan Log Files in Workspace — the server streams every *.log from disk (any size, past the
// editor's 50 MB sync limit) and reports progress here; the summary opens as a preview.
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { SCAN_FILES, type ScanFilesParams, type ScanFilesResult } from '../../../server/src/lsp/protocol';
import { showMarkdownPreview } from '../markdownPreview';

let tokens = 0;

export async function scanWorkspaceLogs(client: LanguageClient): Promise<void> {
  const uris = await vscode.workspace.findFiles('**/*.log', '**/node_modules/**');
  const files = uris.filter((u) => u.scheme === 'file').map((u) => u.fsPath);
  if (files.length === 0) {
    void vscode.window.showInformationMessage('PayCodes: no *.log files in this workspace.');
    return;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'PayCodes: scanning logs', cancellable: true },
    async (progress, cancel) => {
      const workDoneToken = `paycodes-scan-${++tokens}`;
      let reported = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
        if (p.kind !== 'report') return;
        const increment = p.percentage !== undefined ? p.percentage - reported : undefined;
        reported = p.percentage ?? reported;
        progress.report({ message: p.message, increment });
      });
      try {
        const params: ScanFilesParams = { files, workDoneToken };
        return await client.sendRequest<ScanFilesResult>(SCAN_FILES, params, cancel);
      } finally {
        listener.dispose();
      }
    },
  );
  await showMarkdownPreview(result.markdown, 'log-scan');
}
