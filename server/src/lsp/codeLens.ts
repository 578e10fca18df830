// Code lens above each switch over codes: what API it handles and how much of it, and how many codes that
// must be retried or polled it leaves to `default`. Clicking it (the client's command) lists those codes
// with their advice and the fixes (paycodes/switchCodes).
import type { CodeLens } from 'vscode-languageserver';
import type { CodeIndex } from '../catalog/codeIndex';
import type { CodeSwitch } from '../rules/codeSwitch';
import type { RuleSettings } from '../rules/ruleSettings';
import { defaultHandlesRetries, defaultHandlesTheOpen, missingCodes, mustHandle } from '../rules/unhandledRetryable';
import type { DocumentAnalysis } from './documentAnalysis';
import { SHOW_SWITCH_CODES } from './protocol';
import type { Session } from './session';

/** What the switch's labels say of the API behind it: its SNAP services or sections, else the family. */
export function switchApi(index: CodeIndex, cs: CodeSwitch): string {
  const labelled = cs.labels.flatMap((l) => (l.value === undefined ? [] : index.lookup(l.value)))
    .filter((e) => e.provider === cs.provider && e.family === cs.family);
  const services = [...new Set(labelled.flatMap((e) => (e.serviceName ? [e.serviceName] : [])))];
  const groups = [...new Set(labelled.map((e) => e.group).filter((g) => g !== 'common'))];
  const named = services.length > 0 ? services : groups;
  const family = index.family(cs.provider, cs.family)?.name ?? cs.family;
  return `${index.providerName(cs.provider)} ${named.length > 0 && named.length <= 2 ? named.join(', ') : family}`;
}

export function lensTitle(index: CodeIndex, cs: CodeSwitch, rules: RuleSettings): string {
  // A label of the family from outside the labels' API still counts as handled, and as one of its codes.
  const total = new Set([...cs.scope.map((e) => e.code!), ...cs.handled]).size;
  const missing = missingCodes(cs, mustHandle(rules)).length;
  const rest = defaultHandlesRetries(cs) ? 'default handles retries' : defaultHandlesTheOpen(cs) ? 'default handles the open codes' : missing > 0 ? `${missing} retryable unhandled` : 'all retryable codes handled';
  return `${switchApi(index, cs)} · handles ${cs.handled.size} of ${total} codes · ${rest}`;
}

export function codeLenses(session: Session, uri: string, a: DocumentAnalysis): CodeLens[] {
  if (!session.settingsFor(uri).codeLens) return [];
  return a.codeSwitches.map((cs) => ({
    range: cs.site.headerRange,
    command: { title: lensTitle(session.index, cs, a.rules), command: SHOW_SWITCH_CODES, arguments: [uri, cs.site.headerRange.start] },
  }));
}
