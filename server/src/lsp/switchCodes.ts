// paycodes/switchCodes: what a code lens opens — the codes a switch leaves to `default`, most urgent first,
// each with its advice and the edit that adds its case; and the fixes that add them all.
import type { CatalogEntry } from '../catalog/types';
import { RETRY_LABEL, RETRY_MEANING } from '../explain/advice';
import { entryName } from '../explain/markdown';
import { allMissing, insertCasesFix } from '../rules/fixes';
import { sortByAdvice } from '../rules/unhandledRetryable';
import { retryableFix } from './codeActions';
import { lensTitle } from './codeLens';
import type { DocumentAnalysis } from './documentAnalysis';
import type { SwitchCodes, SwitchCodesParams } from './protocol';
import { contains } from './ranges';
import type { Session } from './session';

/** A DOKU switch can leave a hundred codes: each row's own edit is printed for the first ones only. */
const MAX_ROWS = 100;

export function switchCodes(session: Session, a: DocumentAnalysis, params: SwitchCodesParams): SwitchCodes | null {
  const { line, character } = params.position;
  const cs = a.codeSwitches.find((s) => contains(s.site.headerRange, line, character));
  if (!cs) return null;
  const index = session.index;
  const one = (e: CatalogEntry) => insertCasesFix(a.printer, index, cs, a.text, [e], false)?.edit;
  const missing = sortByAdvice(allMissing(cs)).slice(0, MAX_ROWS);
  const fixes = [...retryableFix(session, a, cs), insertCasesFix(a.printer, index, cs, a.text, allMissing(cs), true)]
    .flatMap((f) => (f ? [{ title: f.title, edits: [f.edit] }] : []));
  return {
    title: lensTitle(index, cs, a.rules),
    codes: missing.map((e) => ({
      code: e.code!,
      name: entryName(e),
      advice: `${RETRY_LABEL[e.retry]}: ${RETRY_MEANING[e.retry]}${e.resolution ? ` — ${e.resolution}` : ''}`,
      urgent: e.retry === 'retry' || e.retry === 'poll',
      edits: [one(e)].filter((x) => x !== undefined),
    })),
    more: allMissing(cs).length - missing.length,
    fixes,
  };
}
