// unhandled-retryable-code: a switch over codes that leaves codes which must be retried or polled to
// `default` — exactly where "unknown" gets treated as "failed" and a customer is charged twice.
import type { CatalogEntry, RetryAdvice } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { RETRY_LABEL } from '../explain/advice';
import { saysFailure } from '../detect/mapValue';
import type { CodeSwitch } from './codeSwitch';
import type { Finding } from './finding';
import type { RuleSettings } from './ruleSettings';

export const DEFAULT_HANDLES_RETRIES = /paycodes:\s*default handles retries/i;
const LISTED_IN_MESSAGE = 3;
/** Retry advice in the order fixes insert them: what must never be final first. */
export const ADVICE_ORDER: readonly RetryAdvice[] = ['poll', 'retry', 'later', 'no'];

export function mustHandle(settings: RuleSettings): Set<RetryAdvice> {
  return new Set<RetryAdvice>(settings.softDeclines ? ['retry', 'poll', 'later'] : ['retry', 'poll']);
}

/** The codes of the switch's API that are not handled and must be, one entry each, by advice then catalog order. */
export function missingCodes(cs: CodeSwitch, advice: Set<RetryAdvice>): CatalogEntry[] {
  const needed = new Map<string, CatalogEntry>();
  for (const e of cs.scopeEntries) {
    if (!cs.handled.has(e.code!) && advice.has(e.retry) && !needed.has(e.code!)) needed.set(e.code!, e);
  }
  return sortByAdvice([...needed.values()]);
}

export function sortByAdvice(entries: CatalogEntry[]): CatalogEntry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => ADVICE_ORDER.indexOf(a.e.retry) - ADVICE_ORDER.indexOf(b.e.retry) || a.i - b.i)
    .map((x) => x.e);
}

export function defaultHandlesRetries(cs: CodeSwitch): boolean {
  return cs.site.defaultArm?.comments.some((c) => DEFAULT_HANDLES_RETRIES.test(c.text)) ?? false;
}

/**
 * Once every final code in scope (success or failure) has an arm of its own, only the codes still open
 * reach the default: a default that does something no arm does is where they are handled (a notification
 * left unacknowledged, so that the gateway sends it again), not a verdict on them.
 */
export function defaultHandlesTheOpen(cs: CodeSwitch): boolean {
  if (!cs.site.defaultArm?.distinct) return false;
  return cs.scopeEntries.every((e) => (e.outcome !== 'success' && e.outcome !== 'failure') || cs.handled.has(e.code!));
}

/** Words of a default that leave the outcome open: it does not know (`"Unknown response code"`), or the payment waits. */
const OPEN_OUTCOME = /^\s*(?:-|n\/a)?\s*$|\b(?:unknown|unrecogni[sz]ed|pending|processing|in[ _-]?progress)\b/i;

/**
 * A default that only yields words leaving the outcome open (`default -> "Unknown"`, `else return "PENDING"`)
 * fails nothing: a retryable code read there stays as open as it is. A code's description for a person ends
 * so, and a mapping to the application's states that waits for what it does not know; `"Payment failed:
 * unknown error"` is a verdict all the same.
 */
export function defaultLeavesOpen(cs: CodeSwitch): boolean {
  const yields = cs.site.defaultArm?.yields;
  return yields?.kind === 'string' && OPEN_OUTCOME.test(yields.value) && !saysFailure(yields.value);
}

export function unhandledRetryable(cs: CodeSwitch, index: CodeIndex, settings: RuleSettings): Finding | undefined {
  const severity = settings.severity['unhandled-retryable-code'];
  if (severity === 'off' || defaultHandlesRetries(cs) || defaultHandlesTheOpen(cs) || defaultLeavesOpen(cs)) return undefined;
  const missing = missingCodes(cs, mustHandle(settings));
  if (missing.length === 0) return undefined;
  // Where prefix checks decide, the codes are named by their HTTP part: 202xxxx, 500xxxx.
  const prefixed = cs.labels.some((l) => l.label.prefix);
  const names = [...new Set(missing.map((e) => (prefixed ? e.code!.slice(0, 3) + 'x'.repeat(e.code!.length - 3) : e.code!)))];
  const listed = names.slice(0, LISTED_IN_MESSAGE).join(', ');
  const more = names.length > LISTED_IN_MESSAGE ? ` (+${names.length - LISTED_IN_MESSAGE} more)` : '';
  return {
    rule: 'unhandled-retryable-code',
    severity,
    range: cs.site.headerRange,
    message: `Unhandled retryable ${index.providerName(cs.provider)} codes: ${listed}${more}`,
    codes: missing.map((e) => e.code!),
    related: missing.map((e) => ({
      range: cs.site.headerRange,
      message: `${e.code} ${e.name ?? e.description ?? ''}: ${RETRY_LABEL[e.retry]}${e.resolution ? ` — ${e.resolution}` : ''}`.replace(/\s+:/, ':'),
    })),
  };
}
