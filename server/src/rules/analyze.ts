// Runs every rule over a document's switches: the one analysis the editor and `paycodes lint` share.
import type { CodeIndex } from '../catalog/codeIndex';
import type { MovedSite, ParsedDocument, SyntaxService } from '../syntax/syntaxService';
import type { SwitchSite } from '../syntax/types';
import { codeSwitch, resolvedLabels, type CodeSwitch } from './codeSwitch';
import type { Finding } from './finding';
import type { RuleSettings } from './ruleSettings';
import { DIRECTIVE_NAME, suppresses } from './suppression';
import { unhandledRetryable } from './unhandledRetryable';
import { unknownCodes } from './unknownCode';

export interface DocumentSyntax {
  text: string;
  switches: SwitchSite[];
  /** For a switch an edit moved without touching it: what it was, so its analysis can be moved too. */
  movedFrom?(site: SwitchSite): MovedSite | undefined;
  /** The comment ending on the line above `line`, where suppression directives live. */
  commentBefore(line: number): string | undefined;
}

export interface Analysis {
  /** The switches that are over payment codes: what the quick fixes work on. */
  codeSwitches: CodeSwitch[];
  findings: Finding[];
}

interface SiteAnalysis {
  codeSwitch?: CodeSwitch;
  findings: Finding[];
}

function analyzeSite(site: SwitchSite, index: CodeIndex, settings: RuleSettings): SiteAnalysis {
  const cs = codeSwitch(site, index);
  if (!cs) return { findings: [] };
  const unhandled = unhandledRetryable(cs, index, settings);
  return { codeSwitch: cs, findings: [...(unhandled ? [unhandled] : []), ...unknownCodes(cs, index, settings)] };
}

/**
 * Each switch's findings, kept while the catalogs and settings stay: after an edit the syntax layer hands
 * out the switches it did not touch as the same objects, and those are not analysed again.
 */
export class AnalysisMemo {
  private bySite = new WeakMap<SwitchSite, SiteAnalysis>();
  private index?: CodeIndex;
  private settings?: RuleSettings;

  of(site: SwitchSite, index: CodeIndex, settings: RuleSettings, movedFrom?: MovedSite): SiteAnalysis {
    if (index !== this.index || settings !== this.settings) {
      this.bySite = new WeakMap();
      this.index = index;
      this.settings = settings;
    }
    let analysis = this.bySite.get(site);
    if (!analysis) {
      const before = movedFrom && this.bySite.get(movedFrom.site);
      analysis = before ? moved(before, site, movedFrom!) : analyzeSite(site, index, settings);
      this.bySite.set(site, analysis);
    }
    return analysis;
  }
}

/** What the catalogs say of a switch does not depend on where it is: only the positions move. */
function moved(before: SiteAnalysis, site: SwitchSite, { move }: MovedSite): SiteAnalysis {
  const cs = before.codeSwitch && { ...before.codeSwitch, site, labels: resolvedLabels(site) };
  return { ...(cs && { codeSwitch: cs }), findings: move(before.findings) };
}

export function analyze(doc: DocumentSyntax, index: CodeIndex, settings: RuleSettings, memo?: AnalysisMemo): Analysis {
  const findings: Finding[] = [];
  const codeSwitches: CodeSwitch[] = [];
  for (const site of doc.switches) {
    const analysis = memo ? memo.of(site, index, settings, doc.movedFrom?.(site)) : analyzeSite(site, index, settings);
    if (analysis.codeSwitch) codeSwitches.push(analysis.codeSwitch);
    findings.push(...analysis.findings);
  }
  // Not kept with the switch: the comment above it lies outside it, where an edit leaves the switch untouched.
  const directives = doc.text.includes(DIRECTIVE_NAME);
  return { codeSwitches, findings: directives ? findings.filter((f) => !suppresses(doc.commentBefore(f.range.start.line), f.rule)) : findings };
}

/** The rules' view of a parsed document. */
export function documentSyntax(syntax: SyntaxService, document: ParsedDocument): DocumentSyntax {
  return {
    text: document.text,
    switches: syntax.switches(document),
    movedFrom: (site) => syntax.movedFrom(site),
    commentBefore: (line) => syntax.commentBefore(document, line),
  };
}
