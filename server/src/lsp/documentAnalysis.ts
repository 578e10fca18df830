// The rules' view of an open document, computed once per version: diagnostics and code actions share it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisMemo, documentSyntax, fileEvidence, type Analysis } from '../rules/analyze';
import type { RuleSettings } from '../rules/ruleSettings';
import type { SyntaxService } from '../syntax/syntaxService';
import type { Session } from './session';

export interface DocumentAnalysis extends Analysis {
  version: number;
  /** The rule settings of the document's folder, which the analysis followed. */
  rules: RuleSettings;
  text: string;
  printer: SyntaxService;
}

const EMPTY: Analysis = { codeSwitches: [], findings: [] };

export class AnalysisStore {
  private readonly byUri = new Map<string, DocumentAnalysis>();
  private readonly reported = new Set<string>();
  private readonly memo = new AnalysisMemo();
  private generation = 0;
  private readonly running = new Map<string, { version: number; generation: number; result: Promise<DocumentAnalysis> }>();

  constructor(private readonly session: Session, private readonly syntax: SyntaxService) {}

  /**
   * Completion asks right after an edit, as the diagnostics do: both wait for the one analysis of the version
   * that is under way, rather than each running its own.
   */
  analysis(doc: TextDocument): Promise<DocumentAnalysis> {
    const hit = this.byUri.get(doc.uri);
    if (hit && hit.version === doc.version) return Promise.resolve(hit);
    const running = this.running.get(doc.uri);
    if (running && running.version === doc.version && running.generation === this.generation) return running.result;
    const result = this.compute(doc).finally(() => {
      if (this.running.get(doc.uri)?.result === result) this.running.delete(doc.uri);
    });
    this.running.set(doc.uri, { version: doc.version, generation: this.generation, result });
    return result;
  }

  /** The last analysis made of the document, of whatever version; none after catalogs or settings changed. */
  last(uri: string): DocumentAnalysis | undefined {
    return this.byUri.get(uri);
  }

  private async compute(doc: TextDocument): Promise<DocumentAnalysis> {
    const text = doc.getText();
    const rules = this.session.settingsFor(doc.uri).rules;
    const generation = this.generation;
    const result = { ...(await this.analyze(doc, text, rules)), version: doc.version, rules, text, printer: this.syntax };
    // Settings or catalogs that changed meanwhile made it stale: whoever asks next computes it again.
    if (generation === this.generation) this.byUri.set(doc.uri, result);
    return result;
  }

  private async analyze(doc: TextDocument, text: string, rules: RuleSettings): Promise<Analysis> {
    if (!this.syntax.supports(doc.languageId) || !this.session.analyses(doc)) return EMPTY;
    const outcome = await this.syntax.parse(doc.uri, doc.languageId, doc.version, text);
    if (outcome.status !== 'parsed') {
      // Say it once per document and cause, not on every keystroke.
      const key = `${doc.uri} ${outcome.cause}`;
      if (!this.reported.has(key)) this.session.log(`not analysed: ${outcome.message}`);
      this.reported.add(key);
      return EMPTY;
    }
    const { fileProviders = [], preferredProviders = [], otherGateways = [] } = this.session.detectOptions(doc);
    return analyze(documentSyntax(this.syntax, outcome.document), this.session.index, rules, fileEvidence(fileProviders, preferredProviders, otherGateways), this.memo);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.running.delete(uri);
    this.syntax.forget(uri);
  }

  /** Catalogs or settings changed: every analysis is stale. */
  clear(): void {
    this.generation++;
    this.byUri.clear();
  }
}
