// Inserts a code at the cursor, quoted the way the code around it quotes strings: inside a string as is,
// elsewhere in the quote the line already uses (a code is a string literal in every gateway SDK).
import type * as vscode from 'vscode';

export async function insertCode(editor: vscode.TextEditor, code: string): Promise<void> {
  const pos = editor.selection.active;
  const line = editor.document.lineAt(pos.line).text;
  const before = line.slice(0, pos.character);
  const insideString = (before.split('"').length - 1) % 2 === 1 || (before.split("'").length - 1) % 2 === 1;
  const quote = /'/.test(line) && !/"/.test(line) ? "'" : '"';
  const text = insideString || isLogOrText(editor.document.languageId) ? code : `${quote}${code}${quote}`;
  await editor.edit((e) => e.replace(editor.selection, text));
}

function isLogOrText(languageId: string): boolean {
  return languageId === 'log' || languageId === 'plaintext' || languageId === 'markdown';
}
