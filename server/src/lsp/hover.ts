// textDocument/hover: the code under the cursor, explained.
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeAt, type Occurrence } from '../detect/findCodes';
import { renderEntries } from '../explain/markdown';
import type { Session } from './session';
import { documentLines } from './documentLines';

/** The code at a position, with its candidates; undefined when there is none. Hover and explain-at share it. */
export function codeUnderCursor(session: Session, doc: TextDocument, position: Position): Occurrence | undefined {
  const lines = documentLines(doc);
  if (position.line >= lines.length) return undefined;
  const found = codeAt(lines, position.line, position.character, session.detectOptions(doc));
  return found && found.entries.length > 0 ? found : undefined;
}

export function hover(session: Session, doc: TextDocument, params: HoverParams): Hover | null {
  const found = codeUnderCursor(session, doc, params.position);
  if (!found) return null;
  const { line } = params.position;
  return {
    contents: { kind: 'markdown', value: renderEntries(session.index, found.entries, found.evidence) },
    range: { start: { line, character: found.start }, end: { line, character: found.end } },
  };
}
