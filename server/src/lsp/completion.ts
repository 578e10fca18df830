// textDocument/completion: the codes a place can hold, where a code is being written. In a case label (or a
// branch of a chain) of a switch over codes: that family's codes, the ones not handled yet first, retryable
// and pollable ones marked. In a field or comparison that names a code (`responseCode: "`, `rc == '`): the
// codes of the families that use that field, else of the providers the file and settings point at. Nowhere
// else: comments, other strings and other names get nothing.
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry } from '../catalog/types';
import { normalizeName, typeField } from '../detect/codeNames';
import { nameKind } from '../detect/nameKind';
import { OUTCOME_LABEL, RETRY_LABEL } from '../explain/advice';
import { entryName, renderEntries } from '../explain/markdown';
import type { CodeSwitch } from '../rules/codeSwitch';
import { sortByAdvice } from '../rules/unhandledRetryable';
import type { Position } from '../syntax/types';
import { codePlace, type CodePlace } from './codePlace';
import type { DocumentAnalysis } from './documentAnalysis';
import { documentLines } from './documentLines';
import { lineChange, type LineChange } from './lineChange';
import { contains, extent } from './ranges';
import type { Session } from './session';
import { entryKey } from '../catalog/keys';

/** Past this many, the list is cut to what matches the typed text and marked incomplete: the editor asks again. */
export const MAX_COMPLETIONS = 300;

export const COMPLETION_TRIGGERS = ['"', "'", '`'];

interface Offer {
  entry: CatalogEntry;
  /** In a switch: whether a label handles it already. */
  handled?: boolean;
}

/** How the place writes a code: inside quotes already there, bare (a number, an enum constant), or quoted. */
interface Writing {
  quote: string;
  /** Only codes that can stand there bare: identifiers for enum constants, digits for numbers. */
  only?: RegExp;
}

const IDENTIFIER = /^[A-Za-z_][\w]*$/;
const DIGITS = /^\d+$/;
/** Languages whose strings are double-quoted only. */
const DOUBLE_QUOTED = new Set(['java', 'kotlin', 'go', 'csharp', 'json', 'jsonc']);
/** Languages whose arms start with the label itself (`"05" ->`, `"05" =>`): a fresh line in one is a label. */
const LABEL_FIRST = new Set(['kotlin', 'csharp']);

/** The document's analyses: the current version's (parsed on demand), and the last one made, whatever its version. */
export interface Analyses {
  current(): Promise<DocumentAnalysis>;
  last(): DocumentAnalysis | undefined;
}

/**
 * The switch the cursor's label is in. The last analysis knows it when the text has changed since only in
 * the cursor's line, and that line reads as one more empty quoted label of that switch: it starts as a line
 * of one of its labels does, up to the label, and has nothing after the cursor but the closing quote and
 * punctuation; typed in, it held no more than its start (`case ` before `"` was typed). An empty label is
 * no code, so the switch's family, scope and handled codes are what the current version's analysis finds
 * (but over an enum: a label that is no constant of it widens the scope). Otherwise the current version's
 * analysis answers.
 */
async function switchAround(doc: TextDocument, analyses: Analyses, lines: readonly string[], place: CodePlace, position: Position, labelish: boolean): Promise<CodeSwitch | undefined> {
  const last = analyses.last();
  const { line } = position;
  const change: LineChange | undefined = last && (last.version === doc.version
    ? { kind: 'same' }
    : lineChange(last.text, doc.getText(), doc.offsetAt({ line, character: 0 }), doc.offsetAt({ line: line + 1, character: 0 })));
  if (change?.kind === 'same') return switchAt(last!, position, labelish);
  if (change && place.quote !== undefined && place.range.end.character === place.range.start.character) {
    // The line as the last analysis saw it: an inserted line sits where the line after it was.
    const cs = switchAt(last!, change.kind === 'inserted' ? { line, character: 0 } : position, labelish);
    if (cs && oneMoreLabel(cs, lines, place, line, change)) return cs;
  }
  return switchAt(await analyses.current(), position, labelish);
}

/** Whether the cursor's line, changed since `cs` was found in the text before, only adds an empty label to it. */
function oneMoreLabel(cs: CodeSwitch, lines: readonly string[], place: CodePlace, line: number, change: LineChange): boolean {
  if (cs.labels.some((l) => l.enumOf)) return false;
  const start = lines[line].slice(0, place.range.start.character);
  if (change.kind === 'edited' && !start.startsWith(change.was.trimEnd())) return false;
  const after = lines[line].slice(place.range.end.character);
  if (/[\w"'`]/.test(after.startsWith(place.quote!) ? after.slice(1) : after)) return false;
  const before = (n: number) => (change.kind === 'inserted' && n >= line ? lines[n + 1] : lines[n]);
  const first = new Map<number, Position>();
  for (const { label } of cs.labels) {
    const at = label.valueRange.start;
    if ((first.get(at.line)?.character ?? Infinity) > at.character) first.set(at.line, at);
  }
  return [...first.values()].some((at) => before(at.line)?.slice(0, at.character) === start);
}

export async function completion(session: Session, doc: TextDocument, analyses: Analyses, position: Position): Promise<CompletionList | null> {
  const lines = documentLines(doc);
  const place = codePlace(lines, doc.languageId, position);
  if (!place) return null;
  const name = place.governing.name ?? (place.ctx.qualifier && typeField(place.ctx.qualifier));
  const namesCode = name !== undefined && nameKind(name).code;
  const labelish = place.ctx.position === 'label' || place.ctx.position === 'arm' || (LABEL_FIRST.has(doc.languageId) && /^\s*["'`]?$/.test(lines[position.line].slice(0, place.range.start.character)));
  // A comparison whatever it names may be a branch of a chain over codes: the analysis knows.
  if (!namesCode && !labelish && place.governing.via !== 'comparison') return null;
  const cs = await switchAround(doc, analyses, lines, place, position, labelish);
  if (cs) return list(session.index, place, switchOffers(cs), switchWriting(cs, place, lines, doc.languageId));
  if (!namesCode) return null;
  const offers = namedOffers(session, doc, name!);
  return offers.length > 0 ? list(session.index, place, offers, namedWriting(place, lines, doc.languageId)) : null;
}

/** The innermost switch over codes whose label the cursor (`at`, in the analysis's text) is in or is starting. */
function switchAt(a: DocumentAnalysis, at: Position, labelish: boolean): CodeSwitch | undefined {
  const { line, character } = at;
  const around = a.codeSwitches
    .filter((cs) => contains(cs.site.range, line, character))
    .sort((x, y) => extent(x.site.range) - extent(y.site.range));
  const cs = around[0];
  if (!cs) return undefined;
  const inLabel = cs.labels.some((l) => contains(l.label.range, line, character));
  return inLabel || labelish ? cs : undefined;
}

function switchOffers(cs: CodeSwitch): Offer[] {
  const open = sortByAdvice(cs.scope.filter((e) => !cs.handled.has(e.code!)));
  const done = cs.scope.filter((e) => cs.handled.has(e.code!));
  return [...open.map((entry) => ({ entry, handled: false })), ...done.map((entry) => ({ entry, handled: true }))];
}

function switchWriting(cs: CodeSwitch, place: CodePlace, lines: readonly string[], languageId: string): Writing {
  if (place.quote !== undefined) return { quote: '' };
  const kinds = cs.labels.map((l) => l.label.kind);
  const most = (k: string) => kinds.filter((x) => x === k).length;
  if (most('identifier') > most('string') && most('identifier') >= most('number')) return { quote: '', only: IDENTIFIER };
  if (most('number') > most('string') || DIGITS.test(place.typed)) return { quote: '', only: DIGITS };
  const quoted = cs.labels.find((l) => l.label.kind === 'string' && l.label.quote !== '');
  return { quote: quoted?.label.quote ?? defaultQuote(lines, place, languageId) };
}

function namedWriting(place: CodePlace, lines: readonly string[], languageId: string): Writing {
  if (place.quote !== undefined) return { quote: '' };
  // `ResultCode.` — a constant of an enum named for codes.
  if (place.ctx.qualifier !== undefined) return { quote: '', only: IDENTIFIER };
  if (DIGITS.test(place.typed)) return { quote: '', only: DIGITS };
  return { quote: defaultQuote(lines, place, languageId) };
}

/** The quote the code around uses: the language's only one, else the nearest on this or the lines above. */
function defaultQuote(lines: readonly string[], place: CodePlace, languageId: string): string {
  if (DOUBLE_QUOTED.has(languageId)) return '"';
  for (let n = place.range.start.line; n >= Math.max(0, place.range.start.line - 30); n--) {
    const m = /["'](?=[^"']*$)/.exec(lines[n]);
    if (m) return m[0];
  }
  return '"';
}

/** Whether one of the family's response fields is `name` (`status_code` = `statusCode`). */
function familyUses(index: CodeIndex, provider: string, family: string, name: string): boolean {
  const wanted = normalizeName(name);
  return index.family(provider, family)?.fields.some((f) => normalizeName(f) === wanted) ?? false;
}

/**
 * Outside a switch: the families that send codes in a field of this name; when none does, every family of
 * the providers the file or the settings point at and the standards' (all providers without such evidence),
 * best evidence first.
 */
function namedOffers(session: Session, doc: TextDocument, name: string): Offer[] {
  const index = session.index;
  const { fileProviders = [], preferredProviders = [] } = session.detectOptions(doc);
  const families = index.providerIds().flatMap((provider) => (index.catalog(provider)?.families ?? []).map((f) => ({ provider, family: f.id })));
  const named = families.filter((f) => familyUses(index, f.provider, f.family, name));
  if (named.length === 0 && nameKind(name).status) return [];
  const evidence = [...fileProviders, ...preferredProviders];
  // A standard's codes (ISO 8583) are every acquirer's: no provider needs to be named for them.
  const shared = (f: { provider: string; family: string }) => index.family(f.provider, f.family)?.standard === true;
  const chosen = named.length > 0 ? named : evidence.length > 0 ? families.filter((f) => evidence.includes(f.provider) || shared(f)) : families;
  const rank = (p: string) => [fileProviders.includes(p) ? 0 : 1, preferredProviders.includes(p) ? 0 : 1, index.providerOrder(p)];
  chosen.sort((a, b) => {
    const x = rank(a.provider);
    const y = rank(b.provider);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return chosen.flatMap((f) => {
    const seen = new Set<string>();
    return index.familyEntries(f.provider, f.family).filter((e) => !seen.has(e.code!) && seen.add(e.code!)).map((entry) => ({ entry }));
  });
}

function list(index: CodeIndex, place: CodePlace, offers: Offer[], writing: Writing): CompletionList | null {
  const fitting = writing.only ? offers.filter((o) => writing.only!.test(o.entry.code!)) : offers;
  if (fitting.length === 0) return null;
  const typed = place.typed.toLowerCase();
  const cut = fitting.length > MAX_COMPLETIONS;
  const shown = (cut ? fitting.filter((o) => filterText(o.entry).toLowerCase().includes(typed)) : fitting).slice(0, MAX_COMPLETIONS);
  return { isIncomplete: cut, items: shown.map((o, i) => item(index, place, o, i, writing)) };
}

function filterText(e: CatalogEntry): string {
  const name = entryName(e);
  return name ? `${e.code} ${name}` : e.code!;
}

function mark(index: CodeIndex, o: Offer): string {
  const urgent = o.entry.retry === 'retry' || o.entry.retry === 'poll' ? `⟳ ${RETRY_LABEL[o.entry.retry]}` : '';
  if (o.handled === undefined) return [index.providerName(o.entry.provider), urgent].filter(Boolean).join(' · ');
  return [urgent, o.handled ? 'handled' : 'not handled'].filter(Boolean).join(' · ');
}

function item(index: CodeIndex, place: CodePlace, o: Offer, rank: number, writing: Writing): CompletionItem {
  const e = o.entry;
  const name = entryName(e);
  return {
    label: e.code!,
    labelDetails: { detail: name ? ` ${name}` : undefined, description: mark(index, o) },
    kind: writing.only === IDENTIFIER ? CompletionItemKind.EnumMember : CompletionItemKind.Constant,
    detail: `${name ? `${name} — ` : ''}${OUTCOME_LABEL[e.outcome]} · ${RETRY_LABEL[e.retry]} (${index.providerName(e.provider)} ${index.familyName(e)})`,
    documentation: { kind: 'markdown', value: explanation(index, e) },
    filterText: filterText(e),
    sortText: String(rank).padStart(5, '0'),
    textEdit: { range: place.range, newText: `${writing.quote}${e.code}${writing.quote}` },
  };
}

/** The hover's Markdown for a code of a family, rendered once per catalog index: a list repeats them on every keystroke. */
const explained = new WeakMap<CodeIndex, Map<string, string>>();

function explanation(index: CodeIndex, e: CatalogEntry): string {
  let byCode = explained.get(index);
  if (!byCode) explained.set(index, (byCode = new Map()));
  const key = entryKey(e);
  let text = byCode.get(key);
  if (text === undefined) {
    text = renderEntries(index, index.lookup(e.code!).filter((x) => x.provider === e.provider && x.family === e.family));
    byCode.set(key, text);
  }
  return text;
}
