// PayCodes: Explain Code at Cursor — the hover's explanation, kept open in a preview.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPLAIN_AT, type ExplainAtParams, type Explanation } from '../../../server/src/lsp/protocol';
import { showExplanation } from './showExplanation';

export async function explainAtCursor(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const params: ExplainAtParams = {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  };
  const explanation = await client.sendRequest<Explanation | null>(EXPLAIN_AT, params);
  if (explanation) await showExplanation(explanation, editor);
  else void vscode.window.showInformationMessage('PayCodes: no payment code at the cursor.');
}
