// paycodes/explainAt: the code under the cursor as a full explanation (the command twin of hover).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entryName, renderEntries } from '../explain/markdown';
import { codeUnderCursor } from './hover';
import type { ExplainAtParams, Explanation } from './protocol';
import type { Session } from './session';

export function explainAt(session: Session, doc: TextDocument, params: ExplainAtParams): Explanation | null {
  const found = codeUnderCursor(session, doc, params.position);
  return found ? { code: found.code, name: entryName(found.entries[0]), markdown: renderEntries(session.index, found.entries, found.evidence) } : null;
}
