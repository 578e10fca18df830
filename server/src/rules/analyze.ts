// Runs every rule over a document's switches: the one analysis the editor and `paycodes lint` share.
import type { CodeIndex } from '../catalog/codeIndex';
import { fileHead, providerEvidence } from '../detect/providerHints';
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
  /** The evidence it was made with (evidenceKey). */
  evidence: string;
}

/**
 * What the file says of whose codes it holds, as the hover reads it: the providers its head or path names
 * and those the settings list (`paycodes.providers`). A switch over a gateway's short codes needs its gateway here.
 */
export interface FileEvidence {
  providers: readonly string[];
  /**
   * Gateways without a catalog the file names (providerEvidence's `others`). Where one numbers its own
   * answers with two digits (VNPay's `vnp_ResponseCode` 24 is a cancellation), a standard's switch needs a
   * name for the issuer's answer, as its hovers do.
   */
  otherGateways: readonly string[];
}

export function fileEvidence(named: readonly string[], listed: readonly string[], otherGateways: readonly string[]): FileEvidence {
  return { providers: [...new Set([...named, ...listed])], otherGateways };
}

/** A source file's evidence as lint reads it: what its head and path name, and the providers the settings list. */
export function sourceEvidence(index: CodeIndex, text: string, file: string, listed: readonly string[]): FileEvidence {
  const { named, others } = providerEvidence(index, fileHead(text), file);
  return fileEvidence(named, listed, others);
}

/** What a switch's analysis depends on besides the switch itself. */
const evidenceKey = (file: FileEvidence) => `${file.providers.join()};${file.otherGateways.join()}`;

function analyzeSite(site: SwitchSite, index: CodeIndex, settings: RuleSettings, file: FileEvidence): SiteAnalysis {
  const evidence = evidenceKey(file);
  const cs = codeSwitch(site, index, file);
  if (!cs) return { findings: [], evidence };
  const unhandled = unhandledRetryable(cs, index, settings);
  return { codeSwitch: cs, findings: [...(unhandled ? [unhandled] : []), ...unknownCodes(cs, index, settings)], evidence };
}

/**
 * Each switch's findings, kept while the catalogs and settings stay: after an edit the syntax layer hands
 * out the switches it did not touch as the same objects, and those are not analysed again.
 */
export class AnalysisMemo {
  private bySite = new WeakMap<SwitchSite, SiteAnalysis>();
  private index?: CodeIndex;
  private settings?: RuleSettings;

  of(site: SwitchSite, index: CodeIndex, settings: RuleSettings, file: FileEvidence, movedFrom?: MovedSite): SiteAnalysis {
    if (index !== this.index || settings !== this.settings) {
      this.bySite = new WeakMap();
      this.index = index;
      this.settings = settings;
    }
    // An edit to the file's head can name a provider: switches the edit did not touch read differently then.
    const evidence = evidenceKey(file);
    let analysis = this.bySite.get(site);
    if (analysis?.evidence !== evidence) {
      const before = movedFrom && this.bySite.get(movedFrom.site);
      analysis = before?.evidence === evidence ? moved(before, site, movedFrom!) : analyzeSite(site, index, settings, file);
      this.bySite.set(site, analysis);
    }
    return analysis;
  }
}

/** What the catalogs say of a switch does not depend on where it is: only the positions move. */
function moved(before: SiteAnalysis, site: SwitchSite, { move }: MovedSite): SiteAnalysis {
  const cs = before.codeSwitch && { ...before.codeSwitch, site, labels: resolvedLabels(site) };
  return { ...(cs && { codeSwitch: cs }), findings: move(before.findings), evidence: before.evidence };
}

export function analyze(doc: DocumentSyntax, index: CodeIndex, settings: RuleSettings, file: FileEvidence, memo?: AnalysisMemo): Analysis {
  const findings: Finding[] = [];
  const codeSwitches: CodeSwitch[] = [];
  for (const site of doc.switches) {
    const analysis = memo ? memo.of(site, index, settings, file, doc.movedFrom?.(site)) : analyzeSite(site, index, settings, file);
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
