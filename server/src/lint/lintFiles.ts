// Runs the editor's rules over files on disk: read, parse, analyse, trees freed as it goes. Reading and
// parsing are apart so that the reading thread can leave a file with no catalog code unparsed and send the
// others to a worker thread.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeIndex } from '../catalog/codeIndex';
import { analyze, documentSyntax, sourceEvidence } from '../rules/analyze';
import type { Finding } from '../rules/finding';
import type { RuleSettings } from '../rules/ruleSettings';
import { createSyntaxService, type ParsedDocument, type SyntaxService } from '../syntax/syntaxService';
import { sourceLanguage } from './sourceLanguage';

/**
 * A parse's bound in a batch run. The editor's second keeps typing responsive; a linter has no keystroke to
 * keep up with, and on a loaded CI runner a second-long parse must not drop a file's findings. The bound
 * still stops a pathological file.
 */
const BATCH_PARSE_TIMEOUT_MS = 10_000;

/** The syntax service of a batch run (lint's main thread and its workers alike). */
export function batchSyntaxService(wasmDir: string, maxBytes: number): SyntaxService {
  return createSyntaxService({ wasmDir, maxBytes, parseTimeoutMs: BATCH_PARSE_TIMEOUT_MS });
}

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

/** What every file of a run is linted with, on whichever thread. */
export interface LintSettings {
  rules: RuleSettings;
  /** The settings' `providers`: evidence for their codes in every file, as in the editor. */
  providers: readonly string[];
  /** Larger sources are skipped. */
  maxBytes: number;
}

export interface LintOptions extends LintSettings {
  index: CodeIndex;
  syntax: SyntaxService;
  onNote(note: LintNote): void;
}

const SNIFF_BYTES = 8000;

export async function lintFile(file: string, opts: LintOptions): Promise<LintFinding[]> {
  const source = readSource(file, opts.maxBytes, opts.onNote);
  return source ? lintSource(file, source, opts) : [];
}

/** A source's bytes, or undefined (with a note) when it is unreadable, too large or binary. */
export function readSource(file: string, maxBytes: number, onNote: (note: LintNote) => void): Buffer | undefined {
  if (!sourceLanguage(file)) return undefined;
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      onNote({ file, message: `skipped: ${size} bytes is over the ${maxBytes}-byte limit`, error: false });
      return undefined;
    }
    bytes = fs.readFileSync(file);
  } catch (err) {
    onNote({ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, error: true });
    return undefined;
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    onNote({ file, message: 'skipped: binary file', error: false });
    return undefined;
  }
  return bytes;
}

/** The findings in a source read by readSource. */
export async function lintSource(file: string, bytes: Uint8Array, opts: LintOptions): Promise<LintFinding[]> {
  const languageId = sourceLanguage(file)!;
  const outcome = await opts.syntax.parse(file, languageId, 1, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
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
  const syntax = documentSyntax(opts.syntax, doc);
  // The folders a file sits in name its gateway (`portone-shop/src/…`) however the command line names it, as in the editor.
  const { findings } = analyze(syntax, opts.index, opts.rules, sourceEvidence(opts.index, syntax.text, path.resolve(file), opts.providers));
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
