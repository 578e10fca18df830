// Shows server-rendered Markdown the way VS Code shows a README: a preview beside the editor. The text
// lives in a read-only virtual document, so closing it never asks to save an untitled file.
import * as vscode from 'vscode';

const SCHEME = 'paycodes-explanation';
const pages = new Map<string, string>();
let shown = 0;

/** `fetch`: the text of a page this window did not make (one the server links to), or null. */
export function registerMarkdownPages(fetch: (uri: string) => Thenable<string | null>): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
    provideTextDocumentContent: async (uri) => pages.get(uri.toString()) ?? (await fetch(uri.toString())) ?? '',
  });
}

export async function showMarkdownPreview(markdown: string, title: string): Promise<void> {
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${++shown}/${title.replace(/[^\w.-]+/g, '-')}.md` });
  pages.set(uri.toString(), markdown);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}
