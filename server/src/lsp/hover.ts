// textDocument/hover: the code under the cursor, explained.
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeAt } from '../detect/findCodes';
import { renderEntries } from '../explain/markdown';
import type { Session } from './session';
import { documentLines } from './documentLines';

export function hover(session: Session, doc: TextDocument, params: HoverParams): Hover | null {
  const lines = documentLines(doc);
  const { line, character } = params.position;
  if (line >= lines.length) return null;
  const found = codeAt(lines, line, character, session.detectOptions(doc));
  if (!found || found.entries.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: renderEntries(session.index, found.entries) },
    range: { start: { line, character: found.start }, end: { line, character: found.end } },
  };
}
