// Shared by the robustness suites: the real bundled catalogs, source mutations as fast-check values, and
// the run settings. Seeds are fixed so that a failure reproduces; fast-check prints the seed and the
// counterexample's path, and PAYCODES_FUZZ_SEED / PAYCODES_FUZZ_RUNS explore beyond the committed runs.
import * as fc from 'fast-check';
import { loadBundledCatalogs } from '../../../server/src/catalog/bundled';
import { CodeIndex } from '../../../server/src/catalog/codeIndex';
import { catalogsDir } from '../../paths';

let bundled: CodeIndex | undefined;

/** The catalogs the product ships, loaded the way the server loads them (the catalog suites judge their problems). */
export function bundledIndex(): CodeIndex {
  if (!bundled) {
    const loaded = loadBundledCatalogs(catalogsDir);
    if (loaded.catalogs.length === 0) throw new Error(`no bundled catalog loads: ${JSON.stringify(loaded.problems)}`);
    bundled = new CodeIndex(loaded.catalogs);
  }
  return bundled;
}

export function fuzzParameters(seed: number, numRuns: number): fc.Parameters<unknown> {
  const envSeed = process.env.PAYCODES_FUZZ_SEED;
  const envRuns = process.env.PAYCODES_FUZZ_RUNS;
  return {
    seed: envSeed === undefined ? seed : Number(envSeed),
    numRuns: envRuns === undefined ? numRuns : Number(envRuns),
  };
}

/** Fails with the time taken when `run` exceeds `ms`: a bound against hangs, not a benchmark. */
export async function within<T>(ms: number, what: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const took = performance.now() - started;
  if (took > ms) throw new Error(`${what} took ${Math.round(took)} ms (bound ${ms} ms)`);
  return result;
}

/** Tokens that matter to the parsers and the detector: delimiters, keywords, code fields and codes. */
const TOKENS = [
  '{', '}', '(', ')', '[', ']', ';', ':', ',', '.', '"', "'", '`', '\\', '\n', '\r\n', '\t', ' ',
  '/*', '*/', '//', '#', '<?php', '?>', '${', '#{', '=>', '->', '::', '@"', '"""', "'''", '\\u{110000}', '\\x',
  'switch (', 'switch ', 'case ', 'case "', 'default:', 'default ->', 'when ', 'when (', 'match ', 'else ->',
  'end', 'break;', 'fallthrough', 'do', 'then', 'in', '_ =>', 'return ',
  'resultCode', 'responseCode', 'status_code', 'resultStatus', 'rc', '"resultCode":', 'responseCode=',
  'SYSTEM_BUSY', 'PAYMENT_IN_PROCESS', '"SYSTEM_BUSY"', "'4034314'", '4034314', '2024300', '"05"', '05', '51', '4041', '5000',
  'U', 'S', 'é', '😀', '\u0000', '\uFEFF', '\u2028',
];

export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme-ascii' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) },
);

/** Text made of those tokens: the kind of input that reaches the deep paths, unlike uniform noise. */
export const tokenSoup: fc.Arbitrary<string> = fc.array(token, { maxLength: 200 }).map((parts) => parts.join(''));

/** One edit a person, a merge or a broken file could make; positions are reduced modulo the text's length. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicateLine' | 'deleteLine' | 'truncate'; at: number }
  | { kind: 'swapLines'; at: number; other: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.array(token, { minLength: 1, maxLength: 4 }).map((t) => t.join('')) }),
  fc.record({ kind: fc.constantFrom('duplicateLine' as const, 'deleteLine' as const, 'truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
);

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 6 });

function mutateOnce(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
  }
  const lines = text.split('\n');
  const line = m.at % lines.length;
  switch (m.kind) {
    case 'duplicateLine':
      lines.splice(line, 0, lines[line]);
      break;
    case 'deleteLine':
      lines.splice(line, 1);
      break;
    case 'swapLines': {
      const other = m.other % lines.length;
      [lines[line], lines[other]] = [lines[other], lines[line]];
      break;
    }
  }
  return lines.join('\n');
}

export function mutate(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(mutateOnce, text);
}

/** Edits that keep a valid file valid: what the strict "no new syntax error" properties start from. */
export type LayoutChange =
  | { kind: 'reindent'; unit: string }
  | { kind: 'crlf' }
  | { kind: 'blankLine' | 'commentLine'; at: number };

export const layoutChanges: fc.Arbitrary<LayoutChange[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('reindent' as const), unit: fc.constantFrom('\t', '  ', '    ', '   ') }),
    fc.record({ kind: fc.constant('crlf' as const) }),
    fc.record({ kind: fc.constantFrom('blankLine' as const, 'commentLine' as const), at: fc.nat() }),
  ),
  { maxLength: 4 },
);

/** Re-expresses each line's indentation depth in `unit`, the file's own unit being its smallest indent. */
function reindent(text: string, unit: string): string {
  const indents = text.split('\n').map((line) => /^[ \t]*/.exec(line)![0]).filter((indent) => indent !== '');
  const own = indents.some((indent) => indent.startsWith('\t')) ? 1 : Math.min(...indents.map((indent) => indent.length));
  if (!Number.isFinite(own)) return text;
  return text.replace(/^[ \t]+/gm, (indent) => {
    const width = indent.replace(/\t/g, ' '.repeat(own)).length;
    return unit.repeat(Math.floor(width / own)) + ' '.repeat(width % own);
  });
}

export function relayout(text: string, changes: readonly LayoutChange[], lineComment: string): string {
  return changes.reduce((current, change) => {
    if (change.kind === 'reindent') return reindent(current, change.unit);
    if (change.kind === 'crlf') return current.replace(/\r?\n/g, '\r\n');
    const lines = current.split('\n');
    const at = change.at % lines.length;
    const eol = current.includes('\r\n') ? '\r' : '';
    const indent = /^[ \t]*/.exec(lines[at])![0];
    lines.splice(at, 0, change.kind === 'blankLine' ? eol : `${indent}${lineComment} layout note${eol}`);
    return lines.join('\n');
  }, text);
}
