// Finds the gateway codes in text and decides, from context, which code-shaped tokens really are codes.
// Long, specific codes count in any code-ish position; short ones (`05`, `4041`, `S`) only where something
// names them a code. Everything else — ports, timeouts, months, amounts, PIDs — stays silent.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { fieldMatches, rankEntries } from '../catalog/rank';
import { isCodeName, lastIdentifier } from './codeNames';
import { hasCodeShape, isGluedNumber, isSpecific, WORD } from './lexeme';
import { switchSubject } from './switchSubject';
import { tokenContext, type TokenContext } from './tokenContext';

export interface Occurrence {
  line: number;
  start: number;
  end: number;
  code: string;
  /** The code-naming field or variable it was found with, when there is one. */
  field?: string;
  /** Candidates, best first. */
  entries: CatalogEntry[];
}

export interface DetectOptions {
  index: CodeIndex;
  /** Log files: a specific code standing in free text counts. */
  log: boolean;
  fileProviders?: readonly string[];
  preferredProviders?: readonly string[];
}

/** Lines longer than this are minified bundles or blobs, not code a person reads; a prefix is scanned. */
export const MAX_LINE_SCAN = 64 * 1024;
const MAP_NEIGHBOURHOOD = 3;

export function codesInLine(lines: readonly string[], lineNo: number, opts: DetectOptions): Occurrence[] {
  const line = lines[lineNo].length > MAX_LINE_SCAN ? lines[lineNo].slice(0, MAX_LINE_SCAN) : lines[lineNo];
  const found: Occurrence[] = [];
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    if (!hasCodeShape(word) || !opts.index.has(word)) continue;
    const start = m.index;
    const end = start + word.length;
    if (isGluedNumber(word, line.slice(Math.max(0, start - 2), start), line.slice(end, end + 4))) continue;
    const occurrence = decide(lines, lineNo, line, word, start, end, opts);
    if (occurrence) found.push(occurrence);
  }
  return found;
}

export function codeAt(lines: readonly string[], lineNo: number, character: number, opts: DetectOptions): Occurrence | undefined {
  return codesInLine(lines, lineNo, opts).find((o) => o.start <= character && character <= o.end);
}

export function* codesInText(lines: readonly string[], opts: DetectOptions): Generator<Occurrence> {
  for (let i = 0; i < lines.length; i++) yield* codesInLine(lines, i, opts);
}

function decide(
  lines: readonly string[], lineNo: number, line: string, word: string, start: number, end: number, opts: DetectOptions,
): Occurrence | undefined {
  const ctx = tokenContext(line, start, end);
  const field = codeField(lines, lineNo, ctx);
  const candidates = narrowByField(opts, opts.index.lookup(word), field);
  if (!accepts(lines, lineNo, word, ctx, field, candidates, opts)) return undefined;
  const entries = rankEntries(opts.index, candidates, {
    field,
    fileProviders: opts.fileProviders,
    preferredProviders: opts.preferredProviders,
  });
  return { line: lineNo, start, end, code: word, field, entries };
}

/** The name that makes this a code position: the key/compared variable, or the switch's subject for a label. */
function codeField(lines: readonly string[], lineNo: number, ctx: TokenContext): string | undefined {
  if (ctx.caseLabel) {
    const subject = switchSubject(lines, lineNo);
    const name = subject && lastIdentifier(subject);
    return name && isCodeName(name) ? name : undefined;
  }
  return ctx.name && isCodeName(ctx.name) ? ctx.name : undefined;
}

/** A field that one family names outright (`resultStatus`) decides between same-spelled codes. */
function narrowByField(opts: DetectOptions, entries: readonly CatalogEntry[], field: string | undefined): readonly CatalogEntry[] {
  const named = entries.filter((e) => fieldMatches(opts.index, e, field));
  return named.length > 0 ? named : entries;
}

function accepts(
  lines: readonly string[], lineNo: number, word: string, ctx: TokenContext, field: string | undefined,
  candidates: readonly CatalogEntry[], opts: DetectOptions,
): boolean {
  // A one-letter status (Alipay+ S/F/U/A) is only ever a code in the very field its family names.
  if (word.length === 1) return candidates.some((e) => fieldMatches(opts.index, e, field));
  if (field) return true;
  const specific = isSpecific(word);
  // Assigned to or compared with something that is not a code (orderId, amount, port, month).
  if (ctx.name && ctx.relation !== 'prose') return specific && ctx.quoted && !/^\d/.test(word);
  if (ctx.mapKey) return specific || mapOfCodes(lines, lineNo, word, candidates, opts);
  if (!specific) return false;
  return ctx.quoted || ctx.caseLabel || opts.log;
}

/** A short code as a map key counts when the map holds other codes of the same family around it. */
function mapOfCodes(
  lines: readonly string[], lineNo: number, word: string, candidates: readonly CatalogEntry[], opts: DetectOptions,
): boolean {
  const families = new Set(candidates.map((e) => `${e.provider}/${e.family}`));
  const from = Math.max(0, lineNo - MAP_NEIGHBOURHOOD);
  const to = Math.min(lines.length - 1, lineNo + MAP_NEIGHBOURHOOD);
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    for (const m of line.matchAll(WORD)) {
      if (m[0] === word && i === lineNo) continue;
      if (!hasCodeShape(m[0]) || !tokenContext(line, m.index, m.index + m[0].length).mapKey) continue;
      if (opts.index.lookup(m[0]).some((e) => families.has(`${e.provider}/${e.family}`))) return true;
    }
  }
  return false;
}
