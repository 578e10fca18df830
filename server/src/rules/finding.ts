// What a rule reports, editor-free: the LSP server turns it into a diagnostic, the CLI into text, JSON or SARIF.
import type { Range } from '../syntax/types';

export type RuleId = 'unhandled-retryable-code' | 'unknown-code';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedNote {
  range: Range;
  message: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  range: Range;
  /** One line. */
  message: string;
  /** The codes the finding is about: the missing ones, or the suggested replacement. */
  codes: string[];
  related: RelatedNote[];
}

export const RULE_IDS: readonly RuleId[] = ['unhandled-retryable-code', 'unknown-code'];

/** Where the README explains each rule: the diagnostic's `codeDescription`. */
export const RULE_DOCS = 'https://github.com/paycodes/paycodes/blob/main/README.md#';
