// The quick fixes' edits, editor-free: handle missing codes like codes an arm already handles the same
// way ("Handle like …", preferred: nothing to fill in), insert the other missing retryable cases, insert
// every missing code (exhaustive handler), or replace a typo'd label. Printing is the syntax layer's;
// choosing is here. Dispatch maps get no fix: what to call for a code is not ours to invent.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { RETRY_LABEL } from '../explain/advice';
import type { CaseToInsert, PrintResult, SwitchArm, SwitchSite, TextEdit } from '../syntax/types';
import type { CodeSwitch } from './codeSwitch';
import type { RuleSettings } from './ruleSettings';
import type { Typo } from './unknownCode';
import { defaultHandlesTheOpen, missingCodes, mustHandle, sortByAdvice } from './unhandledRetryable';
import { entryName } from '../explain/markdown';

export interface CasePrinter {
  printCases(site: SwitchSite, text: string, cases: readonly CaseToInsert[], eol?: string): PrintResult;
  printLabelReplacement(site: SwitchSite, label: Typo['label']['label'], value: string): TextEdit | undefined;
  printJoinedLabels(site: SwitchSite, arm: SwitchArm, text: string, cases: readonly CaseToInsert[], eol?: string): TextEdit | undefined;
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

/** Over an SDK enum, a code is written as the enum's constant, spelled as the labels spell theirs. */
function enumName(cs: CodeSwitch, code: string): string | undefined {
  const model = cs.labels.find((l) => l.enumOf && l.value !== undefined && l.label.text.endsWith(l.value));
  if (!model || !model.enumOf!.members.includes(code)) return undefined;
  return model.label.text.slice(0, model.label.text.length - model.value!.length) + code;
}

export function caseFor(index: CodeIndex, e: CatalogEntry, literalKind: CaseToInsert['literalKind'], cs?: CodeSwitch): CaseToInsert {
  const name = entryName(e);
  const constant = cs && enumName(cs, e.code!);
  return {
    value: e.code!,
    ...(constant && { name: constant }),
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

const HTTP_PART = 3;

/**
 * A chain of prefix checks takes prefixes: one per HTTP part whose codes in scope all need handling and
 * none is handled (`202` for 202xx00), with the most cautious advice among them.
 */
function prefixCases(index: CodeIndex, cs: CodeSwitch, entries: CatalogEntry[], kind: CaseToInsert['literalKind']): CaseToInsert[] {
  const needed = new Set(entries.map((e) => e.code!));
  const cases = new Map<string, CaseToInsert>();
  for (const e of sortByAdvice(entries)) {
    const prefix = e.code!.slice(0, HTTP_PART);
    if (cases.has(prefix)) continue;
    const under = cs.scope.filter((s) => s.code!.startsWith(prefix));
    if (!under.every((s) => needed.has(s.code!))) continue;
    const pattern = prefix + 'x'.repeat(e.code!.length - HTTP_PART);
    cases.set(prefix, { value: prefix, literalKind: kind, comment: `${RETRY_LABEL[e.retry]} (every ${pattern} code)`, todo: todo(index, e) });
  }
  return [...cases.values()];
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Inserts `entries` as cases; undefined when the switch cannot take them (syntax error, nothing printable, a dispatch map). */
export function insertCasesFix(
  printer: CasePrinter, index: CodeIndex, cs: CodeSwitch, text: string, entries: CatalogEntry[], exhaustive: boolean,
): Fix | undefined {
  if (entries.length === 0 || cs.site.hasSyntaxError || cs.site.construct === 'map') return undefined;
  const kind = labelKind(cs);
  const prefixed = cs.site.construct === 'chain' && cs.site.chain?.test && cs.labels.some((l) => l.label.prefix);
  const cases = prefixed ? prefixCases(index, cs, entries, kind) : sortByAdvice(entries).map((e) => caseFor(index, e, kind, cs));
  if (cases.length === 0) return undefined;
  const result = printer.printCases(cs.site, text, cases, eolOf(text));
  if (!result.edit) return undefined;
  const n = prefixed ? cases.length - result.skipped.length : entries.length - result.skipped.length;
  const branches = cs.site.construct === 'chain';
  const unit = branches ? (prefixed ? ['missing prefix branch', 'missing prefix branches'] : ['missing retryable branch', 'missing retryable branches']) : ['missing retryable case', 'missing retryable cases'];
  const provider = index.providerName(cs.provider);
  return {
    title: exhaustive
      ? `Add all ${plural(n, `missing ${provider} code`, `missing ${provider} codes`)} (exhaustive)`
      : `Add ${plural(n, unit[0], unit[1])} (${provider})`,
    edit: result.edit,
    preferred: !exhaustive,
  };
}

/**
 * "Handle like …": each missing code joins an arm whose codes all get the same advice (retry or poll), so
 * `UNKNOWN_EXCEPTION` joins the arm that polls `PAYMENT_IN_PROCESS`. One fix per arm; the codes no arm
 * handles alike are left for the inserted cases.
 */
export function handleLikeFixes(printer: CasePrinter, index: CodeIndex, cs: CodeSwitch, text: string, missing: CatalogEntry[]): { fixes: Fix[]; rest: CatalogEntry[] } {
  if (cs.site.hasSyntaxError || cs.site.construct === 'map' || cs.labels.some((l) => l.label.prefix)) return { fixes: [], rest: missing };
  const adviceOf = new Map<string, CatalogEntry['retry']>();
  for (const e of cs.scopeEntries) if (!adviceOf.has(e.code!)) adviceOf.set(e.code!, e.retry);
  const arms = cs.site.arms.flatMap((arm) => {
    // A guarded label (`case "91" when attempts < 3`) handles its code only sometimes: no model to copy.
    if (arm.labels.some((label) => /\s/.test(label.text))) return [];
    const codes = [...new Set(cs.labels.filter((l) => arm.labels.includes(l.label) && l.value !== undefined && cs.handled.has(l.value)).map((l) => l.value!))];
    const advice = new Set(codes.map((c) => adviceOf.get(c)));
    const [only] = advice;
    return codes.length > 0 && advice.size === 1 && (only === 'poll' || only === 'retry') ? [{ arm, codes, advice: only }] : [];
  });
  const byArm = new Map<SwitchArm, { codes: string[]; entries: CatalogEntry[] }>();
  const rest: CatalogEntry[] = [];
  for (const e of missing) {
    const like = arms.find((a) => a.advice === e.retry);
    if (!like) {
      rest.push(e);
      continue;
    }
    const group = byArm.get(like.arm) ?? { codes: like.codes, entries: [] };
    group.entries.push(e);
    byArm.set(like.arm, group);
  }
  const kind = labelKind(cs);
  const fixes: Fix[] = [];
  for (const [arm, { codes, entries }] of byArm) {
    const edit = printer.printJoinedLabels(cs.site, arm, text, entries.map((e) => caseFor(index, e, kind, cs)), eolOf(text));
    if (!edit) {
      rest.push(...entries);
      continue;
    }
    fixes.push({ title: `Handle ${entries.map((e) => e.code).join(', ')} like ${codes.join(', ')}`, edit, preferred: true });
  }
  return { fixes, rest: sortByAdvice(rest) };
}

/** The preferred fixes for a construct's unhandled retryable codes: "Handle like …" first, inserted cases for the rest. */
export function retryableFixes(printer: CasePrinter, index: CodeIndex, cs: CodeSwitch, text: string, settings: RuleSettings): Fix[] {
  // Its default already handles the codes left open: nothing is reported, nothing to fix.
  if (defaultHandlesTheOpen(cs)) return [];
  const { fixes, rest } = handleLikeFixes(printer, index, cs, text, missingCodes(cs, mustHandle(settings)));
  const insert = insertCasesFix(printer, index, cs, text, rest, false);
  return insert ? [...fixes, insert] : fixes;
}

/** Every code of the switch's API that no label handles, whatever its advice. */
export function allMissing(cs: CodeSwitch): CatalogEntry[] {
  return cs.scope.filter((e) => !cs.handled.has(e.code!));
}

export function replaceLabelFix(printer: CasePrinter, cs: CodeSwitch, typo: Typo): Fix | undefined {
  // A prefix check's value is a prefix, no code to correct.
  if (cs.site.hasSyntaxError || typo.label.label.prefix) return undefined;
  const edit = printer.printLabelReplacement(cs.site, typo.label.label, typo.suggestion);
  return edit && { title: `Replace with ${typo.suggestion}`, edit, preferred: true };
}
