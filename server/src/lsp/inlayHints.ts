// Inlay hints in logs: `⟵ Insufficient Funds · failure` after each code, for the visible range only.
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codesInLine } from '../detect/findCodes';
import { OUTCOME_LABEL } from '../explain/advice';
import { entryName, renderEntries } from '../explain/markdown';
import { isLogDocument } from './documentKind';
import { documentLines } from './documentLines';
import type { Session } from './session';

/** An editor shows a few hundred lines; more hints than this in one request is a pathological file. */
export const MAX_INLAY_HINTS = 2000;

export function inlayHints(session: Session, doc: TextDocument, params: InlayHintParams): InlayHint[] {
  if (!session.settingsFor(doc.uri).inlayHints || !isLogDocument(doc)) return [];
  const lines = documentLines(doc);
  const opts = session.detectOptions(doc);
  const hints: InlayHint[] = [];
  const last = Math.min(params.range.end.line, lines.length - 1);
  // One past the cap is enough to know that more exist; counting them all is the cost the cap avoids.
  for (let line = params.range.start.line; line <= last && hints.length <= MAX_INLAY_HINTS; line++) {
    for (const o of codesInLine(lines, line, opts)) {
      const best = o.entries[0];
      const quote = lines[line][o.end] === '"' || lines[line][o.end] === "'" ? 1 : 0;
      hints.push({
        position: { line, character: o.end + quote },
        label: `⟵ ${entryName(best) || best.code} · ${OUTCOME_LABEL[best.outcome]}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: { kind: 'markdown', value: renderEntries(session.index, o.entries, o.evidence) },
      });
    }
  }
  if (hints.length <= MAX_INLAY_HINTS) return hints;
  const more: InlayHint = {
    position: hints[MAX_INLAY_HINTS].position,
    label: `⟵ more PayCodes hints from here on are not shown (limit ${MAX_INLAY_HINTS})`,
    paddingLeft: true,
  };
  return [...hints.slice(0, MAX_INLAY_HINTS), more];
}
