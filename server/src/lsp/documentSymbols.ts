// The Outline of a log: the codes found, grouped by code with their counts, each occurrence beneath.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codesInText, type Occurrence } from '../detect/findCodes';
import { OUTCOME_LABEL } from '../explain/advice';
import { isLogDocument } from './documentKind';
import { documentLines } from './documentLines';
import type { Session } from './session';
import { entryName } from '../explain/markdown';

/** Occurrences listed under one code; the count in its detail still covers all of them. */
const MAX_CHILDREN = 500;
/** Past this many occurrences the Outline stops reading the log, and says where: it must answer promptly. */
export const MAX_OUTLINE_OCCURRENCES = 100_000;

export function documentSymbols(session: Session, doc: TextDocument): DocumentSymbol[] {
  if (!isLogDocument(doc)) return [];
  const groups = new Map<string, Occurrence[]>();
  let read = 0;
  let stoppedAt: number | undefined;
  for (const o of codesInText(documentLines(doc), session.detectOptions(doc))) {
    if (++read > MAX_OUTLINE_OCCURRENCES) {
      stoppedAt = o.line;
      break;
    }
    const key = `${o.entries[0].provider}/${o.code}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const symbols = [...groups.values()].map((list) => codeSymbol(session, list));
  if (stoppedAt !== undefined) symbols.push(notListed(stoppedAt));
  return symbols;
}

function notListed(line: number): DocumentSymbol {
  const at = { start: { line, character: 0 }, end: { line, character: 0 } };
  return {
    name: `Codes from line ${line + 1} on are not listed (limit ${MAX_OUTLINE_OCCURRENCES} occurrences)`,
    kind: SymbolKind.Null,
    range: at,
    selectionRange: at,
  };
}

function codeSymbol(session: Session, list: Occurrence[]): DocumentSymbol {
  const best = list[0].entries[0];
  const first = list[0];
  const last = list[list.length - 1];
  return {
    name: `${first.code} — ${entryName(best)}`.replace(/ — $/, ''),
    detail: `${session.index.providerName(best.provider)} · ${OUTCOME_LABEL[best.outcome]} · ${list.length}×`,
    kind: SymbolKind.Event,
    range: { start: { line: first.line, character: 0 }, end: { line: last.line, character: last.end } },
    selectionRange: tokenRange(first),
    children: list.slice(0, MAX_CHILDREN).map((o) => ({
      name: `line ${o.line + 1}`,
      kind: SymbolKind.Key,
      range: tokenRange(o),
      selectionRange: tokenRange(o),
    })),
  };
}

function tokenRange(o: Occurrence) {
  return { start: { line: o.line, character: o.start }, end: { line: o.line, character: o.end } };
}
