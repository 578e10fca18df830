// paycodes/explainAt: the code under the cursor as a full explanation (the command twin of hover).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeAt } from '../detect/findCodes';
import { renderEntries } from '../explain/markdown';
import { documentLines } from './documentLines';
import type { ExplainAtParams, Explanation } from './protocol';
import type { Session } from './session';

export function explainAt(session: Session, doc: TextDocument, params: ExplainAtParams): Explanation | null {
  const lines = documentLines(doc);
  const { line, character } = params.position;
  if (line >= lines.length) return null;
  const found = codeAt(lines, line, character, session.detectOptions(doc));
  if (!found) return null;
  const best = found.entries[0];
  return { code: found.code, name: best.name ?? best.message ?? best.description ?? '', markdown: renderEntries(session.index, found.entries) };
}
