// Code switches written from scratch in every supported language and shape (statement and expression,
// with and without a default, any indentation, LF or CRLF), their labels drawn from the real catalogs,
// from one-edit typos of them, and from literal spellings that are hard to read (escapes, interpolation).
import * as fc from 'fast-check';
import { bundledIndex } from './fuzz';

type Line = [depth: number, text: string];

interface Shape {
  languageId: string;
  quotes: string[];
  head: Line[];
  arm(label: string): Line[];
  fallback: Line[];
  tail: Line[];
}

const clause = (depth: number, body: string) => (label: string): Line[] => [[depth, `case ${label}:`], [depth + 1, body]];

const SHAPES: Shape[] = [
  {
    languageId: 'java', quotes: ['"'],
    head: [[0, 'class A {'], [1, 'void f(Resp resp) {'], [2, 'switch (resp.getResultCode()) {']],
    arm: clause(3, 'break;'), fallback: [[3, 'default:'], [4, 'break;']], tail: [[2, '}'], [1, '}'], [0, '}']],
  },
  {
    languageId: 'java', quotes: ['"'],
    head: [[0, 'class A {'], [1, 'String f(Resp resp) {'], [2, 'return switch (resp.getResultCode()) {']],
    arm: (label) => [[3, `case ${label} -> "x";`]], fallback: [[3, 'default -> "y";']], tail: [[2, '};'], [1, '}'], [0, '}']],
  },
  {
    languageId: 'kotlin', quotes: ['"'],
    head: [[0, 'fun f(resp: Resp): String {'], [1, 'return when (resp.resultCode) {']],
    arm: (label) => [[2, `${label} -> "x"`]], fallback: [[2, 'else -> "y"']], tail: [[1, '}'], [0, '}']],
  },
  ...['javascript', 'typescript', 'typescriptreact', 'javascriptreact'].map((languageId): Shape => ({
    languageId, quotes: ["'", '"', '`'],
    head: [[0, 'function f(resp) {'], [1, 'switch (resp.resultCode) {']],
    arm: clause(2, 'return 1;'), fallback: [[2, 'default:'], [3, 'return 0;']], tail: [[1, '}'], [0, '}']],
  })),
  {
    languageId: 'go', quotes: ['"', '`'],
    head: [[0, 'package p'], [0, ''], [0, 'func f(resp *Resp) int {'], [1, 'switch resp.ResultCode {']],
    arm: clause(1, 'return 1'), fallback: [[1, 'default:'], [2, 'return 0']], tail: [[1, '}'], [1, 'return 2'], [0, '}']],
  },
  {
    languageId: 'python', quotes: ['"', "'"],
    head: [[0, 'def f(resp):'], [1, 'match resp.result_code:']],
    arm: clause(2, 'return 1'), fallback: [[2, 'case _:'], [3, 'return 0']], tail: [],
  },
  {
    languageId: 'php', quotes: ["'", '"'],
    head: [[0, '<?php'], [0, 'function f($resp) {'], [1, 'switch ($resp->resultCode) {']],
    arm: clause(2, 'return 1;'), fallback: [[2, 'default:'], [3, 'return 0;']], tail: [[1, '}'], [0, '}']],
  },
  {
    languageId: 'php', quotes: ["'", '"'],
    head: [[0, '<?php'], [0, 'function f($resp) {'], [1, 'return match ($resp->resultCode) {']],
    arm: (label) => [[2, `${label} => 1,`]], fallback: [[2, 'default => 0,']], tail: [[1, '};'], [0, '}']],
  },
  {
    languageId: 'csharp', quotes: ['"'],
    head: [[0, 'class A {'], [1, 'int F(Resp resp) {'], [2, 'switch (resp.ResultCode) {']],
    arm: clause(3, 'return 1;'), fallback: [[3, 'default:'], [4, 'return 0;']], tail: [[2, '}'], [2, 'return 2;'], [1, '}'], [0, '}']],
  },
  {
    languageId: 'csharp', quotes: ['"'],
    head: [[0, 'class A {'], [1, 'int F(Resp resp) => resp.ResultCode switch {']],
    arm: (label) => [[2, `${label} => 1,`]], fallback: [[2, '_ => 0,']], tail: [[1, '};'], [0, '}']],
  },
  {
    languageId: 'ruby', quotes: ["'", '"'],
    head: [[0, 'def f(resp)'], [1, 'case resp.result_code']],
    arm: (label) => [[1, `when ${label}`], [2, '1']], fallback: [[1, 'else'], [2, '0']], tail: [[1, 'end'], [0, 'end']],
  },
];

/** Spellings that reach the literal readers' corners; valid in some languages, errors in others. */
const ODD_LABELS = [
  '"SYSTEM\\u005fBUSY"', '"\\x53YSTEM_BUSY"', '"\\u{110000}"', '"\\U00110000"', '"\\uD800"', '"a\\tb"', '"a\\\nb"', '"\\q"',
  "'05'", '"05"', '0x1F', '-1', '1_000', '007', 'BUSY', 'Codes.BUSY', '"${x}"', '"#{x}"', '"$x"', 'f"x"', '@"verbatim"',
  '"""SYSTEM_BUSY"""', "'''05'''", '`SYSTEM_BUSY`', "'\\''", '"\\""', '""', "''", '"😀"', 'null', 'nil', 'None', '_',
];

function literal(value: string, quote: string): string {
  if (quote === '`' && value.includes('`')) quote = '"';
  const escaped = quote === '`' ? value : value.replace(/[\\]/g, '\\\\').split(quote).join(`\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** A code with one character changed, dropped or doubled: what `unknown-code` exists to catch. */
function typo(code: string, at: number, kind: number): string {
  const i = at % Math.max(code.length, 1);
  if (kind === 0) return code.slice(0, i) + code.slice(i + 1);
  if (kind === 1) return code.slice(0, i) + code[i] + code.slice(i);
  return code.slice(0, i) + (code[i] === 'X' ? 'Y' : 'X') + code.slice(i + 1);
}

export interface GeneratedSource {
  languageId: string;
  text: string;
}

export function generatedSwitch(): fc.Arbitrary<GeneratedSource> {
  const codes = [...new Set(bundledIndex().all.flatMap((e) => (e.code === null ? [] : [e.code])))];
  const label = (shape: Shape): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...shape.quotes), fc.boolean()).map(([code, quote, bare]) => (bare && /^[1-9]\d*$/.test(code) ? code : literal(code, quote))) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...codes), fc.nat(), fc.nat(2), fc.constantFrom(...shape.quotes)).map(([code, at, kind, quote]) => literal(typo(code, at, kind), quote)) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_LABELS) },
    );
  return fc.constantFrom(...SHAPES).chain((shape) =>
    fc
      .record({
        labels: fc.array(label(shape), { minLength: 1, maxLength: 6 }),
        fallback: fc.boolean(),
        indent: fc.constantFrom('  ', '    ', '\t'),
        eol: fc.constantFrom('\n', '\r\n'),
      })
      .map(({ labels, fallback, indent, eol }) => {
        const lines = [...shape.head, ...labels.flatMap((l) => shape.arm(l)), ...(fallback ? shape.fallback : []), ...shape.tail];
        return { languageId: shape.languageId, text: lines.map(([depth, text]) => indent.repeat(depth) + text).join(eol) + eol };
      }),
  );
}
