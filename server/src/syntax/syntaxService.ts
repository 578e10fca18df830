// The editor-free syntax layer: parse documents, find their switches, print the cases a fix inserts.
import { commentBefore } from './comments';
import { DocumentCache } from './documentCache';
import type { ParsedDocument, ParseOutcome } from './documentCache';
import { GrammarLoader } from './grammars';
import { printCases } from './printing/caseInsertion';
import { printJoinedLabels } from './printing/labelJoin';
import { printLabelReplacement } from './printing/labelReplacement';
import { DocumentSwitches, type MovedSite } from './documentSwitches';
import { languageSpec } from './registry';
import { ExtractionTimeout } from './switchExtraction';
import type { CaseLabel, CaseToInsert, ContentChange, PrintResult, SwitchArm, SwitchSite, TextEdit } from './types';

export type { ParsedDocument, ParseOutcome, SkipCause } from './documentCache';
export type { MovedSite } from './documentSwitches';

export interface SyntaxServiceOptions {
  /** Where the grammars' `.wasm` files and `web-tree-sitter.wasm` are. */
  wasmDir: string;
  /** Larger documents are skipped, not parsed (UTF-8 bytes). */
  maxBytes: number;
  /** A parse, or the search for switches in its tree, running longer is abandoned; default 1000 ms each. */
  parseTimeoutMs?: number;
}

export interface SyntaxService {
  supports(languageId: string): boolean;
  /** Parses a document's full text, incrementally from its previous version when there is one, and finds its switches. */
  parse(uri: string, languageId: string, version: number, text: string): Promise<ParseOutcome>;
  /** Applies LSP content changes to the last parsed version of `uri`. */
  applyChanges(uri: string, version: number, changes: readonly ContentChange[]): Promise<ParseOutcome>;
  /** Frees the document's tree (on close). */
  forget(uri: string): void;
  switches(document: ParsedDocument): SwitchSite[];
  /** For a switch the last edit moved without touching it: the previous version's object. */
  movedFrom(site: SwitchSite): MovedSite | undefined;
  /** The comment ending on the line above `line` (0-based), e.g. a `paycodes-disable-next-line`. */
  commentBefore(document: ParsedDocument, line: number): string | undefined;
  /** One edit inserting `cases` before the default arm (or the end) of `site`, in the document `text`. */
  printCases(site: SwitchSite, text: string, cases: readonly CaseToInsert[], eol?: string): PrintResult;
  /** Adds `cases` to an existing arm (more labels, or one more test of a chain's branch). */
  printJoinedLabels(site: SwitchSite, arm: SwitchArm, text: string, cases: readonly CaseToInsert[], eol?: string): TextEdit | undefined;
  /** Rewrites a label's value in its own literal syntax; undefined when the value cannot be written so. */
  printLabelReplacement(site: SwitchSite, label: CaseLabel, value: string): TextEdit | undefined;
}

const defaultParseTimeoutMs = 1000;

function specOf(site: SwitchSite) {
  const spec = languageSpec(site.languageId);
  if (!spec) throw new Error(`no syntax support for language '${site.languageId}'`);
  return spec;
}

export function createSyntaxService(options: SyntaxServiceOptions): SyntaxService {
  const timeoutMs = options.parseTimeoutMs ?? defaultParseTimeoutMs;
  const cache = new DocumentCache(new GrammarLoader(options.wasmDir), { maxBytes: options.maxBytes, timeoutMs });
  const switches = new DocumentSwitches((document) => cache.takeDerivation(document));

  function current(document: ParsedDocument): ParsedDocument {
    if (!cache.isCurrent(document)) throw new Error(`${document.uri} version ${document.version} was replaced; its tree is gone`);
    return document;
  }

  /** Switches are found with the parse, so that a tree too costly to search is a skipped document, not a frozen server. */
  async function withSwitches(parsing: Promise<ParseOutcome>): Promise<ParseOutcome> {
    const outcome = await parsing;
    if (outcome.status !== 'parsed') return outcome;
    try {
      switches.of(outcome.document, performance.now() + timeoutMs);
      return outcome;
    } catch (error) {
      if (!(error instanceof ExtractionTimeout)) throw error;
      const message = `finding the switches in ${outcome.document.uri} took longer than ${timeoutMs} ms and was abandoned`;
      return { status: 'skipped', cause: 'timeout', message };
    }
  }

  return {
    supports: (languageId) => languageSpec(languageId) !== undefined,
    parse: (uri, languageId, version, text) => withSwitches(cache.parse(uri, languageId, version, text)),
    applyChanges: (uri, version, changes) => withSwitches(cache.applyChanges(uri, version, changes)),
    forget: (uri) => cache.forget(uri),
    switches: (document) => switches.of(current(document), Infinity),
    movedFrom: (site) => switches.movedFrom(site),
    commentBefore: (document, line) => commentBefore(document.grammar, current(document).tree.rootNode, line, document.text),
    printCases: (site, text, cases, eol) => printCases(specOf(site), site, text, cases, eol),
    printJoinedLabels: (site, arm, text, cases, eol) => printJoinedLabels(specOf(site), site, arm, text, cases, eol ?? (text.includes('\r\n') ? '\r\n' : '\n')),
    printLabelReplacement: (site, label, value) => printLabelReplacement(specOf(site), label, value),
  };
}
