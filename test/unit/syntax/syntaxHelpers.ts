// Shared by the syntax suites: a service over the bundled grammars, fixtures, and applying edits.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Node, Tree } from 'web-tree-sitter';
import { LineIndex } from '../../../server/src/syntax/positions';
import { createSyntaxService } from '../../../server/src/syntax/syntaxService';
import type { ParsedDocument, SyntaxService, SyntaxServiceOptions } from '../../../server/src/syntax/syntaxService';
import type { TextEdit } from '../../../server/src/syntax/types';
import { distDir, fixturesDir } from '../../paths';

export const wasmDir = path.join(distDir, 'wasm');
export const switchFixturesDir = path.join(fixturesDir, 'switches');

export const languageIdByExtension: Readonly<Record<string, string>> = {
  '.java': 'java',
  '.kt': 'kotlin',
  '.ts': 'typescript',
  '.tsx': 'typescriptreact',
  '.js': 'javascript',
  '.jsx': 'javascriptreact',
  '.go': 'go',
  '.py': 'python',
  '.php': 'php',
  '.cs': 'csharp',
  '.rb': 'ruby',
};

export function newService(options: Partial<SyntaxServiceOptions> = {}): SyntaxService {
  return createSyntaxService({ wasmDir, maxBytes: 2_000_000, ...options });
}

let uriCounter = 0;

/** Parses `text` as a fresh document and fails the test when it is skipped. */
export async function parseText(service: SyntaxService, languageId: string, text: string): Promise<ParsedDocument> {
  const outcome = await service.parse(`test:///doc${++uriCounter}`, languageId, 1, text);
  assert.equal(outcome.status, 'parsed', outcome.status === 'skipped' ? outcome.message : '');
  return (outcome as { document: ParsedDocument }).document;
}

export interface Fixture {
  name: string;
  file: string;
  languageId: string;
  text: string;
  /** The golden file with cases inserted: `X.expected.ext` next to `X.ext`. */
  expectedFile: string;
}

export function switchFixtures(): Fixture[] {
  return readdirSync(switchFixturesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.includes('.expected.'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const extension = path.extname(file);
      return {
        name: path.relative(switchFixturesDir, file),
        file,
        languageId: languageIdByExtension[extension],
        text: readFileSync(file, 'utf8'),
        expectedFile: file.slice(0, -extension.length) + '.expected' + extension,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Applies edits computed against the same text, last first so earlier positions stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  return [...edits]
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

/** ERROR and MISSING nodes, described by type and text, to compare before and after an edit. */
export function syntaxErrors(tree: Tree): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) found.push(`${node.isMissing ? 'MISSING' : 'ERROR'} ${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
    else if (node.hasError) node.children.forEach(visit);
  };
  visit(tree.rootNode);
  return found;
}
