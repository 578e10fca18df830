// The Outline of a log: the codes found, grouped by code with their counts, each occurrence beneath. Only the
// lines the log scan's byte prefilter finds a code on go through the detector: on a 50 MB log that is the
// difference between reading every line in context and reading a tenth of them.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codesInLine, type Occurrence } from '../detect/findCodes';
import { wordsAsOffsets } from '../scan/codeMatcher';
import { candidateLinesOfText } from '../scan/textCandidates';
import { OUTCOME_LABEL } from '../explain/advice';
import { isLogDocument } from './documentKind';
import { documentLines } from './documentLines';
import type { Session } from './session';
import { entryName } from '../explain/markdown';

/** Occurrences listed under one code; the count in its detail still covers all of them. */
const MAX_CHILDREN = 500;
/** Past this many occurrences the Outline stops reading the log, and says where: it must answer promptly. */
export const MAX_OUTLINE_OCCURRENCES = 100_000;
/**
 * The Outline reads a log's lines up to the one holding this character, and says where it stopped. The editor
 * asks for it whole (VS Code's Outline takes no partial results), and the detector reads a typical log at
 * 60–90 ms per MB on a loaded two-core machine: 16 MB took 1.3–1.5 s there, 8 MB answers within a second.
 */
export const MAX_OUTLINE_CHARS = 8 * 2 ** 20;

/** One code's occurrences: all of them counted, the first MAX_CHILDREN kept to be listed, and the last. */
interface Group {
  listed: Occurrence[];
  count: number;
  last: Occurrence;
}

export function documentSymbols(session: Session, doc: TextDocument): DocumentSymbol[] {
  if (!isLogDocument(doc)) return [];
  const groups = new Map<string, Group>();
  const lines = documentLines(doc);
  const opts = session.detectOptions(doc);
  let read = 0;
  let stoppedAt: { line: number; reason: string } | undefined;
  const add = (o: Occurrence) => {
    const key = `${o.entries[0].provider}/${o.code}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { listed: [o], count: 1, last: o });
    else {
      // A log repeats its codes: holding every occurrence of a frequent one would cost memory for nothing.
      if (group.listed.length < MAX_CHILDREN) group.listed.push(o);
      group.count++;
      group.last = o;
    }
  };
  const text = doc.getText();
  const nl = text.length > MAX_OUTLINE_CHARS ? text.indexOf('\n', MAX_OUTLINE_CHARS - 1) : -1;
  const linesRead = candidateLinesOfText(session.index, nl < 0 ? text : text.slice(0, nl + 1), (line, words, bytes) => {
    if (stoppedAt !== undefined) return;
    for (const o of codesInLine(lines, line, opts, wordsAsOffsets(words, bytes, lines[line].length))) {
      if (++read > MAX_OUTLINE_OCCURRENCES) {
        stoppedAt = { line: o.line, reason: `limit ${MAX_OUTLINE_OCCURRENCES} occurrences` };
        return;
      }
      add(o);
    }
  });
  if (nl >= 0 && nl + 1 < text.length) stoppedAt ??= { line: linesRead, reason: `the Outline reads a log's first ${MAX_OUTLINE_CHARS / 2 ** 20} MB` };
  const symbols = [...groups.values()].map((group) => codeSymbol(session, group));
  if (stoppedAt !== undefined) symbols.push(notListed(stoppedAt.line, stoppedAt.reason));
  return symbols;
}

function notListed(line: number, reason: string): DocumentSymbol {
  const at = { start: { line, character: 0 }, end: { line, character: 0 } };
  return {
    name: `Codes from line ${line + 1} on are not listed (${reason})`,
    kind: SymbolKind.Null,
    range: at,
    selectionRange: at,
  };
}

function codeSymbol(session: Session, { listed, count, last }: Group): DocumentSymbol {
  const first = listed[0];
  const best = first.entries[0];
  return {
    name: `${first.code} — ${entryName(best)}`.replace(/ — $/, ''),
    detail: `${session.index.providerName(best.provider)} · ${OUTCOME_LABEL[best.outcome]} · ${count}×`,
    kind: SymbolKind.Event,
    range: { start: { line: first.line, character: 0 }, end: { line: last.line, character: last.end } },
    selectionRange: tokenRange(first),
    children: listed.map((o) => ({
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
