// textDocument/definition on a code: where the code's meaning is written — its entry in the team's own
// catalog file, or its section of the bundled catalog's read-only page. Peek Definition shows the same.
import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entryLocation } from './entryLocation';
import { codeUnderCursor } from './hover';
import type { Session } from './session';

export function definition(session: Session, doc: TextDocument, position: Position): Location | null {
  const found = codeUnderCursor(session, doc, position);
  return found ? entryLocation(session.index, found.entries[0]) : null;
}
