// Runs every rule over a document's switches: the one analysis the editor and `paycodes lint` share.
import type { CodeIndex } from '../catalog/codeIndex';
import type { SwitchSite } from '../syntax/types';
import { codeSwitch, type CodeSwitch } from './codeSwitch';
import type { Finding } from './finding';
import type { RuleSettings } from './ruleSettings';
import { suppresses } from './suppression';
import { unhandledRetryable } from './unhandledRetryable';
import { unknownCodes } from './unknownCode';

export interface DocumentSyntax {
  switches: SwitchSite[];
  /** The comment ending on the line above `line`, where suppression directives live. */
  commentBefore(line: number): string | undefined;
}

export interface Analysis {
  /** The switches that are over payment codes: what the quick fixes work on. */
  codeSwitches: CodeSwitch[];
  findings: Finding[];
}

export function analyze(doc: DocumentSyntax, index: CodeIndex, settings: RuleSettings): Analysis {
  const findings: Finding[] = [];
  const codeSwitches: CodeSwitch[] = [];
  for (const site of doc.switches) {
    const cs = codeSwitch(site, index);
    if (!cs) continue;
    codeSwitches.push(cs);
    const unhandled = unhandledRetryable(cs, index, settings);
    if (unhandled) findings.push(unhandled);
    findings.push(...unknownCodes(cs, index, settings));
  }
  return { codeSwitches, findings: findings.filter((f) => !suppresses(doc.commentBefore(f.range.start.line), f.rule)) };
}
