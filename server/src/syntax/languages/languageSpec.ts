// What one language contributes: its grammar, its queries, and the data the shared printer needs.
import type { QuoteStyle } from '../types';

/** How a string literal opened by one quote is written. */
export interface QuoteSyntax {
  /** Characters that take a backslash inside this quote; the quote itself is unprintable unless listed. */
  escaped: string;
  /** How control characters are escaped; absent where this quote cannot hold them (raw and single-quoted strings). */
  controlEscape?: 'x' | 'u';
  /** The grammar leaves `\\` and `\<quote>` as plain content in this quote instead of marking them (Ruby `'…'`). */
  unmarkedEscapes?: boolean;
}

/**
 * One arm as the printer writes it. `{label}` is the case label, `{todo}` a string literal "TODO: <advice>",
 * `{advice}` a string literal of the advice alone.
 * A clause arm is a head line, the TODO comment, then `body` lines one level deeper and an optional `close` line.
 * An inline arm is one line, followed by `separator` where arms are separated by one.
 */
export type ArmTemplate =
  | { head: string; body: string[]; close?: string; stackable?: boolean }
  | { inline: string; separator?: string };

/** `.expression` variants apply to constructs that must produce a value; the plain form is the fallback. */
export type ArmTemplateKey = 'clause' | 'clause.expression' | 'rule' | 'rule.expression';

export interface PrinterSyntax {
  lineComment: string;
  /** Blanks between code and a comment trailing it on the same line; one space unless the style asks more. */
  trailingCommentGap?: string;
  /** Text that would end a line comment early (PHP's `?>`, Java's `\u` escapes). */
  commentBreakers?: string[];
  preferredQuote: Exclude<QuoteStyle, ''>;
  /** Whether a switch over numbers may also hold string labels (dynamically typed languages). */
  mixesLabelKinds: boolean;
  indentUnit: string;
  /** Whether arms sit one level deeper than the keyword's line (not under gofmt or Ruby style). */
  armsIndented: boolean;
  arms: Partial<Record<ArmTemplateKey, ArmTemplate>>;
  /**
   * The statement an inserted arm or branch ends with where its neighbours return or throw: a "not
   * implemented" error naming the code's advice, so the file still compiles. `{todo}`/`{advice}` as in arms.
   */
  notImplemented: string;
  /** What joins one more label to an arm's labels, per arm form; absent where labels stack as clauses (`case A: case B:`). */
  labelJoin?: Partial<Record<'clause' | 'rule', string>>;
  /** How a chain's branches are written when the chain shows no second one to copy. */
  chain: ChainPrinting;
}

export interface ChainPrinting {
  /** Joins two tests: ` || `, ` or `. */
  or: string;
  /** Before a new branch's condition, after the previous body; `{indent}` is the chain's indentation. */
  connector: string;
  /** After a condition, before its body. */
  opener: string;
  /** What a branch body that need not leave holds besides comments (Python's `pass`). */
  emptyBody?: string;
  /** Bodies are indented blocks (Python, Ruby), not `{ … }`, which a new branch gets even where the chain omits them. */
  indented?: boolean;
  /** What ends an indented `if` standing on its own (Ruby's `end`): a branch added to a run of separate ifs. */
  close?: string;
}

export interface LanguageSpec {
  /** The grammar's name, used in messages. */
  name: string;
  wasm: string;
  /** Files indented deeper than this are not parsed: the grammar's scanner cannot hold more levels safely. */
  maxIndentLevels?: number;
  queries: { switches: string; chains: string; tests: string; constants: string; comments: string };
  strings: Partial<Record<Exclude<QuoteStyle, ''>, QuoteSyntax>>;
  printer: PrinterSyntax;
}
