// Quick fixes: add the missing retryable cases (preferred), add every missing code (exhaustive),
// replace a typo'd label; and each of them for the whole file at once.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeSwitch } from '../rules/codeSwitch';
import { allMissing, insertCasesFix, replaceLabelFix, retryableFixes, type Fix } from '../rules/fixes';
import { typos } from '../rules/unknownCode';
import type { Range } from '../syntax/types';
import type { DocumentAnalysis } from './documentAnalysis';
import { contains } from './ranges';
import type { Session } from './session';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.paycodes`;

const overlaps = (a: Range, b: Range) => contains(a, b.start.line, b.start.character) || contains(b, a.start.line, a.start.character);
const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function action(uri: string, title: string, edits: TextEdit[], kind: string, preferred: boolean, diagnostics: Diagnostic[]): CodeAction {
  return { title, kind, isPreferred: preferred || undefined, diagnostics, edit: { changes: { [uri]: edits } } };
}

function ourDiagnostics(params: CodeActionParams, rule: string): Diagnostic[] {
  return params.context.diagnostics.filter((d) => d.source === 'paycodes' && d.code === rule);
}

export function retryableFix(session: Session, a: DocumentAnalysis, cs: CodeSwitch): Fix[] {
  return retryableFixes(a.printer, session.index, cs, a.text, a.rules);
}

export function codeActions(session: Session, doc: TextDocument, a: DocumentAnalysis, params: CodeActionParams): CodeAction[] {
  const uri = doc.uri;
  const only = params.context.only;
  if (only && only.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) return fixAll(session, uri, a, FIX_ALL_KIND);
  const actions: CodeAction[] = [];
  const unhandled = ourDiagnostics(params, 'unhandled-retryable-code');
  const unknown = ourDiagnostics(params, 'unknown-code');
  for (const cs of a.codeSwitches) {
    const diags = unhandled.filter((d) => sameRange(d.range, cs.site.headerRange));
    const onHeader = overlaps(cs.site.headerRange, params.range);
    if (diags.length === 0 && !onHeader) continue;
    for (const retry of diags.length > 0 ? retryableFix(session, a, cs) : []) actions.push(action(uri, retry.title, [retry.edit], CodeActionKind.QuickFix, true, diags));
    const exhaustive = insertCasesFix(a.printer, session.index, cs, a.text, allMissing(cs), true);
    if (exhaustive) actions.push(action(uri, exhaustive.title, [exhaustive.edit], CodeActionKind.QuickFix, false, diags));
  }
  for (const cs of a.codeSwitches) {
    for (const typo of typos(cs, session.index)) {
      const diags = unknown.filter((d) => sameRange(d.range, typo.label.label.range));
      if (diags.length === 0) continue;
      const fix = replaceLabelFix(a.printer, cs, typo);
      if (fix) actions.push(action(uri, fix.title, [fix.edit], CodeActionKind.QuickFix, true, diags));
    }
  }
  if (actions.length > 0) actions.push(...fixAll(session, uri, a, CodeActionKind.QuickFix));
  return actions;
}

/** One action per kind of fix that applies in more than one place, covering the whole file. */
function fixAll(session: Session, uri: string, a: DocumentAnalysis, kind: string): CodeAction[] {
  const perSwitch = a.codeSwitches.map((cs) => retryableFix(session, a, cs)).filter((fixes) => fixes.length > 0);
  const retry = perSwitch.flat();
  const replace = a.codeSwitches.flatMap((cs) => typos(cs, session.index).map((t) => replaceLabelFix(a.printer, cs, t))).filter((f): f is Fix => f !== undefined);
  const fixAllKind = kind === FIX_ALL_KIND;
  const out: CodeAction[] = [];
  if (fixAllKind && retry.length + replace.length > 0) {
    out.push(action(uri, 'Fix all PayCodes problems in file', [...retry, ...replace].map((f) => f.edit), kind, false, []));
    return out;
  }
  if (perSwitch.length > 1) out.push(action(uri, `Add missing retryable cases in all ${perSwitch.length} switches of this file`, retry.map((f) => f.edit), kind, false, []));
  if (replace.length > 1) out.push(action(uri, `Replace all ${replace.length} unknown codes in this file`, replace.map((f) => f.edit), kind, false, []));
  return out;
}
