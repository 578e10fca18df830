// Finds the gateway codes in text: every code-shaped word a catalog knows is read in its context (tokenContext,
// governingName) and handed to the evidence model (decide.ts), which says whether it is a code, whose, and why.
// Everything else — ports, timeouts, months, amounts, PIDs, ids, request fields — stays silent.
import type { CatalogEntry } from '../catalog/types';
import { rankEntries } from '../catalog/rank';
import { typeField } from './codeNames';
import { decide, type DecideOptions } from './decide';
import type { Evidence } from './evidence';
import { familiesShownIn } from './fileFamilies';
import { governingName } from './governingName';
import { forEachCodeShapedWord, forEachHyphenatedWord, hasCodeShape, isGluedNumber } from './lexeme';
import { nameKind } from './nameKind';
import { holdsHttpConstants } from './otherNames';
import { tokenContext } from './tokenContext';

export interface Occurrence {
  line: number;
  start: number;
  end: number;
  code: string;
  /** The code-naming field or variable it was found with, when there is one. */
  field?: string;
  /** Candidates, best first. */
  entries: CatalogEntry[];
  /** What made it a code, for the hover's last line. */
  evidence: Evidence[];
}

/** Log files (`log`): a long code standing in free text counts. */
export type DetectOptions = DecideOptions;

/** Lines longer than this are minified bundles or blobs, not code a person reads; a prefix is scanned. */
export const MAX_LINE_SCAN = 64 * 1024;

/**
 * In program source, a line longer than this is generated (a minified bundle, a parser's tables: Handlebars'
 * `34:"OPEN_PARTIAL"`), and none of it is read. Of 1,538 detections judged on public code, the only ones on
 * such lines were wrong. Data (a JSON response on one line), text and logs are read whatever their length.
 */
export const MAX_SOURCE_LINE = 2000;

/**
 * `words`: the start and end of each word of the line that may be a code, in order, when the log scan's
 * prefilter found them (codeMatcher.ts): every word read as a code below is among them, so the line is not
 * read again to find its words.
 */
export function codesInLine(lines: readonly string[], lineNo: number, opts: DetectOptions, words?: readonly number[]): Occurrence[] {
  const line = lines[lineNo];
  if (opts.source && line.length > MAX_SOURCE_LINE) return [];
  opts = withFileEvidence(opts);
  const limit = Math.min(line.length, MAX_LINE_SCAN);
  const found: Occurrence[] = [];
  // A hyphenated code is read whole, and its parts (`202` of `ACME-202`) are not read again.
  const taken: [number, number][] = [];
  if (opts.index.hyphenated) {
    forEachHyphenatedWord(line, limit, (word, start) => {
      if (!opts.index.has(word)) return;
      taken.push([start, start + word.length]);
      const occurrence = decideAt(lines, lineNo, line, word, start, start + word.length, opts);
      if (occurrence) found.push(occurrence);
    });
  }
  const visit = (word: string, start: number) => {
    const end = start + word.length;
    if (isGluedNumber(line, start, end) || !opts.index.has(word) || !hasCodeShape(word)) return;
    if (taken.some(([from, to]) => start >= from && end <= to)) return;
    const occurrence = decideAt(lines, lineNo, line, word, start, end, opts);
    if (occurrence) found.push(occurrence);
  };
  // A word with the shape of a code has one (hasCodeShape, which forEachCodeShapedWord's test is looser than).
  if (words) for (let k = 0; k < words.length; k += 2) visit(line.slice(words[k], words[k + 1]), words[k]);
  else forEachCodeShapedWord(line, limit, visit);
  return taken.length > 0 ? found.sort((a, b) => a.start - b.start) : found;
}

export function codeAt(lines: readonly string[], lineNo: number, character: number, opts: DetectOptions): Occurrence | undefined {
  return codesInLine(lines, lineNo, opts).find((o) => o.start <= character && character <= o.end);
}

export function* codesInText(lines: readonly string[], opts: DetectOptions): Generator<Occurrence> {
  for (let i = 0; i < lines.length; i++) yield* codesInLine(lines, i, opts);
}

const withEvidence = new WeakMap<DetectOptions, DetectOptions>();

/** The options with what the file shows elsewhere, worked out once per options object (a file's reading). */
function withFileEvidence(opts: DetectOptions): DetectOptions {
  if (opts.fileFamilies) return opts;
  let full = withEvidence.get(opts);
  if (!full) {
    // The detector as it reads a file before knowing what the file shows elsewhere.
    const alone: DetectOptions = { ...opts, fileFamilies: () => new Map<string, number>() };
    full = { ...opts, fileFamilies: (all) => familiesShownIn(all, (lines) => codesInText(lines, alone)) };
    withEvidence.set(opts, full);
  }
  return full;
}

function decideAt(
  lines: readonly string[], lineNo: number, line: string, word: string, start: number, end: number, opts: DetectOptions,
): Occurrence | undefined {
  const ctx = tokenContext(line, start, end, !opts.log);
  // `HttpStatus.UNAUTHORIZED`, `StatusCodes.SERVICE_UNAVAILABLE`: HTTP's names, spelled like gateway codes.
  if (ctx.qualifier && holdsHttpConstants(ctx.qualifier)) return undefined;
  const governing = governingName(lines, lineNo, ctx, !opts.log);
  const decision = decide({ word, start, ctx, governing, lines, lineNo }, opts.index.lookup(word), opts);
  if (!decision) return undefined;
  const field = governing.name !== undefined && nameKind(governing.name).code ? governing.name : undefined;
  const entries = rankEntries(opts.index, decision.entries, {
    field: field ?? governing.name ?? (ctx.qualifier && typeField(ctx.qualifier)),
    fileProviders: opts.fileProviders,
    preferredProviders: opts.preferredProviders,
  });
  return { line: lineNo, start, end, code: word, field, entries, evidence: decision.evidence };
}
