// The rules' view of an open document, computed once per version: diagnostics and code actions share it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisMemo, documentSyntax, type Analysis } from '../rules/analyze';
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

  constructor(private readonly session: Session, private readonly syntax: SyntaxService) {}

  async analysis(doc: TextDocument): Promise<DocumentAnalysis> {
    const hit = this.byUri.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const rules = this.session.settingsFor(doc.uri).rules;
    const generation = this.generation;
    const result = { ...(await this.compute(doc, text, rules)), version: doc.version, rules, text, printer: this.syntax };
    // Settings or catalogs that changed meanwhile made it stale: whoever asks next computes it again.
    if (generation === this.generation) this.byUri.set(doc.uri, result);
    return result;
  }

  private async compute(doc: TextDocument, text: string, rules: RuleSettings): Promise<Analysis> {
    if (!this.syntax.supports(doc.languageId) || !this.session.analyses(doc)) return EMPTY;
    const outcome = await this.syntax.parse(doc.uri, doc.languageId, doc.version, text);
    if (outcome.status !== 'parsed') {
      // Say it once per document and cause, not on every keystroke.
      const key = `${doc.uri} ${outcome.cause}`;
      if (!this.reported.has(key)) this.session.log(`not analysed: ${outcome.message}`);
      this.reported.add(key);
      return EMPTY;
    }
    return analyze(documentSyntax(this.syntax, outcome.document), this.session.index, rules, this.memo);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.syntax.forget(uri);
  }

  /** Catalogs or settings changed: every analysis is stale. */
  clear(): void {
    this.generation++;
    this.byUri.clear();
  }
}
