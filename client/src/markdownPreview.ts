// Shows server-rendered Markdown the way VS Code shows a README: a preview beside the editor.
import * as vscode from 'vscode';

export async function showMarkdownPreview(markdown: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri);
}
