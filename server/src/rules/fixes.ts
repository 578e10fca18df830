// The quick fixes' edits, editor-free: insert the missing retryable cases, insert every missing code
// (exhaustive handler), or replace a typo'd label. Printing is the syntax layer's; choosing is here.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { RETRY_LABEL } from '../explain/advice';
import type { CaseToInsert, PrintResult, SwitchSite, TextEdit } from '../syntax/types';
import type { CodeSwitch } from './codeSwitch';
import type { Typo } from './unknownCode';
import { sortByAdvice } from './unhandledRetryable';
import { entryName } from '../explain/markdown';

export interface CasePrinter {
  printCases(site: SwitchSite, text: string, cases: readonly CaseToInsert[], eol?: string): PrintResult;
  printLabelReplacement(site: SwitchSite, label: Typo['label']['label'], value: string): TextEdit | undefined;
}

export interface Fix {
  title: string;
  edit: TextEdit;
  preferred: boolean;
}

function todo(index: CodeIndex, e: CatalogEntry): string {
  const who = `${index.providerName(e.provider)}${e.resultStatus ? ` ${e.resultStatus}` : ''}`;
  switch (e.retry) {
    case 'poll':
      return `poll the payment status, never resend blindly (${who})`;
    case 'retry':
      return `retry after backoff with the same idempotency key (${who})`;
    case 'later':
      return `soft decline: retry later within the card network's retry rules (${who})`;
    case 'no':
      return `handle as ${e.outcome}; do not retry (${who})`;
  }
}

export function caseFor(index: CodeIndex, e: CatalogEntry, literalKind: CaseToInsert['literalKind']): CaseToInsert {
  const name = entryName(e);
  return {
    value: e.code!,
    literalKind,
    comment: `${name ? `${name}: ` : ''}${RETRY_LABEL[e.retry]}`.replace(/\s+/g, ' '),
    todo: todo(index, e),
  };
}

function labelKind(cs: CodeSwitch): CaseToInsert['literalKind'] {
  const numeric = cs.labels.filter((l) => l.label.kind === 'number').length;
  const strings = cs.labels.filter((l) => l.label.kind === 'string').length;
  return numeric > strings ? 'number' : 'string';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Inserts `entries` as cases; undefined when the switch cannot take them (syntax error, nothing printable). */
export function insertCasesFix(
  printer: CasePrinter, index: CodeIndex, cs: CodeSwitch, text: string, entries: CatalogEntry[], exhaustive: boolean,
): Fix | undefined {
  if (entries.length === 0 || cs.site.hasSyntaxError) return undefined;
  const kind = labelKind(cs);
  const result = printer.printCases(cs.site, text, sortByAdvice(entries).map((e) => caseFor(index, e, kind)), text.includes('\r\n') ? '\r\n' : '\n');
  if (!result.edit) return undefined;
  const n = entries.length - result.skipped.length;
  const provider = index.providerName(cs.provider);
  return {
    title: exhaustive
      ? `Add all ${plural(n, `missing ${provider} code`, `missing ${provider} codes`)} (exhaustive)`
      : `Add ${plural(n, 'missing retryable case', 'missing retryable cases')} (${provider})`,
    edit: result.edit,
    preferred: !exhaustive,
  };
}

/** Every code of the switch's API that no label handles, whatever its advice. */
export function allMissing(cs: CodeSwitch): CatalogEntry[] {
  return cs.scope.filter((e) => !cs.handled.has(e.code!));
}

export function replaceLabelFix(printer: CasePrinter, cs: CodeSwitch, typo: Typo): Fix | undefined {
  if (cs.site.hasSyntaxError) return undefined;
  const edit = printer.printLabelReplacement(cs.site, typo.label.label, typo.suggestion);
  return edit && { title: `Replace with ${typo.suggestion}`, edit, preferred: true };
}
