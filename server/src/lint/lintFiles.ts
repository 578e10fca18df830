// Runs the editor's rules over files on disk: read, parse, analyse, one file at a time, trees freed as it goes.
import * as fs from 'node:fs';
import type { CodeIndex } from '../catalog/codeIndex';
import { analyze, documentSyntax } from '../rules/analyze';
import type { Finding } from '../rules/finding';
import type { RuleSettings } from '../rules/ruleSettings';
import type { ParsedDocument, SyntaxService } from '../syntax/syntaxService';
import { sourceLanguage } from './sourceLanguage';

export interface LintFinding {
  file: string;
  /** 1-based, like every CLI position. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  rule: Finding['rule'];
  message: string;
  codes: string[];
}

export interface LintNote {
  file: string;
  message: string;
  /** Unreadable input makes the run exit 2; a skipped huge or binary file does not. */
  error: boolean;
}

export interface LintOptions {
  index: CodeIndex;
  rules: RuleSettings;
  syntax: SyntaxService;
  maxBytes: number;
  onNote(note: LintNote): void;
}

const SNIFF_BYTES = 8000;

export async function lintFile(file: string, opts: LintOptions): Promise<LintFinding[]> {
  const languageId = sourceLanguage(file);
  if (!languageId) return [];
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > opts.maxBytes) {
      opts.onNote({ file, message: `skipped: ${size} bytes is over the ${opts.maxBytes}-byte limit`, error: false });
      return [];
    }
    bytes = fs.readFileSync(file);
  } catch (err) {
    opts.onNote({ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, error: true });
    return [];
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    opts.onNote({ file, message: 'skipped: binary file', error: false });
    return [];
  }
  const outcome = await opts.syntax.parse(file, languageId, 1, bytes.toString('utf8'));
  if (outcome.status !== 'parsed') {
    opts.onNote({ file, message: `not analysed: ${outcome.message}`, error: outcome.cause === 'grammar' });
    return [];
  }
  try {
    return findingsOf(file, outcome.document, opts);
  } catch (err) {
    // One file's failure must not cost the run the others' findings.
    opts.onNote({ file, message: `analysis failed: ${(err as Error).message.split('\n')[0]}`, error: true });
    return [];
  } finally {
    opts.syntax.forget(file);
  }
}

function findingsOf(file: string, doc: ParsedDocument, opts: LintOptions): LintFinding[] {
  const { findings } = analyze(documentSyntax(opts.syntax, doc), opts.index, opts.rules);
  return findings.map((f) => ({
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    codes: f.codes,
  }));
}
