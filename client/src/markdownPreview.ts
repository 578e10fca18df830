// Shows server-rendered Markdown the way VS Code shows a README: a preview beside the editor. The text
// lives in a read-only virtual document, so closing it never asks to save an untitled file.
import * as vscode from 'vscode';

const SCHEME = 'paycodes-explanation';
const pages = new Map<string, string>();
let shown = 0;

export function registerMarkdownPages(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
    provideTextDocumentContent: (uri) => pages.get(uri.toString()) ?? '',
  });
}

export async function showMarkdownPreview(markdown: string, title: string): Promise<void> {
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${++shown}/${title.replace(/[^\w.-]+/g, '-')}.md` });
  pages.set(uri.toString(), markdown);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}
