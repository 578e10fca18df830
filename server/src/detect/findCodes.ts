// Finds the gateway codes in text and decides, from context, which code-shaped tokens really are codes.
// Long, specific codes count in a string literal, a case label, a comparison, an assignment or a log line;
// short ones (`05`, `4041`, `5000`) only where a name says they are codes: a code field, a switch over codes,
// a list named for codes, a map of several codes. Everything else — ports, timeouts, months, amounts, PIDs,
// ids — stays silent.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { fieldMatches, rankEntries } from '../catalog/rank';
import { typeField } from './codeNames';
import { governingName, type Governing } from './governingName';
import { forEachCodeShapedWord, hasCodeShape, isGluedNumber, isSpecific, isWordLike } from './lexeme';
import { mapsSeveralCodes } from './mapOfCodes';
import { nameKind } from './nameKind';
import { holdsHttpConstants } from './otherNames';
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

export function codesInLine(lines: readonly string[], lineNo: number, opts: DetectOptions): Occurrence[] {
  const line = lines[lineNo];
  const found: Occurrence[] = [];
  forEachCodeShapedWord(line, Math.min(line.length, MAX_LINE_SCAN), (word, start) => {
    const end = start + word.length;
    if (isGluedNumber(line, start, end) || !opts.index.has(word) || !hasCodeShape(word)) return;
    const occurrence = decide(lines, lineNo, line, word, start, end, opts);
    if (occurrence) found.push(occurrence);
  });
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
  // `HttpStatus.UNAUTHORIZED`, `StatusCodes.SERVICE_UNAVAILABLE`: HTTP's names, spelled like gateway codes.
  if (ctx.qualifier && holdsHttpConstants(ctx.qualifier)) return undefined;
  const candidates = opts.index.lookup(word);
  const governing = governingName(lines, lineNo, ctx);
  if (!accepts(word, start, ctx, governing, candidates, opts, lines, lineNo)) return undefined;
  const field = governing.name !== undefined && nameKind(governing.name).code ? governing.name : undefined;
  const entries = rankEntries(opts.index, candidates, {
    field: field ?? (ctx.qualifier && typeField(ctx.qualifier)),
    fileProviders: opts.fileProviders,
    preferredProviders: opts.preferredProviders,
  });
  return { line: lineNo, start, end, code: word, field, entries };
}

function accepts(
  word: string, start: number, ctx: TokenContext, governing: Governing, candidates: readonly CatalogEntry[], opts: DetectOptions,
  lines: readonly string[], lineNo: number,
): boolean {
  const { name, via } = governing;
  const inOwnField = candidates.some((e) => fieldMatches(opts.index, e, name) || (ctx.qualifier !== undefined && fieldMatches(opts.index, e, typeField(ctx.qualifier))));
  // `S`, `U`, `SENDING`, `UNAUTHORIZED` are words of other vocabularies too: only the family's own field says otherwise.
  if (isWordLike(word)) return inOwnField;
  const specific = isSpecific(word) && ctx.qualifier === undefined;
  const kind = name === undefined ? undefined : nameKind(name);
  if (kind?.code) {
    // `status` holds many things (an order's state, an HTTP status): a code counts in it where its family uses
    // that field, or when it is a long number no order state is spelled like.
    return !kind.status || inOwnField || (specific && /^\d/.test(word));
  }
  if (kind?.other) return false;
  if (via === 'key') return specific || mapsSeveralCodes(opts.index, lines, lineNo, start, word, candidates, governing.literalLine ?? 0);
  if (!specific) return false;
  if (via === 'prose' || via === 'none' || name === undefined) return via === 'label' || ctx.quoted || opts.log;
  return true;
}
