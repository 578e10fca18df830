// One code's full explanation in a preview, with the actions a developer wants next: insert it, copy it.
import * as vscode from 'vscode';
import type { Explanation } from '../../../server/src/lsp/protocol';
import { showMarkdownPreview } from '../markdownPreview';
import { insertCode } from './insertCode';

export async function showExplanation(item: Explanation, editor = vscode.window.activeTextEditor): Promise<void> {
  await showMarkdownPreview(item.markdown, item.code);
  const actions = editor ? ['Insert at Cursor', 'Copy'] : ['Copy'];
  const action = await vscode.window.showInformationMessage(`${item.code} — ${item.name}`, ...actions);
  if (action === 'Copy') await vscode.env.clipboard.writeText(item.code);
  if (action === 'Insert at Cursor' && editor) await insertCode(editor, item.code);
}
