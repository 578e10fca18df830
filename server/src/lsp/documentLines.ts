// A document's text split into lines, computed once per version: hovers arrive far more often than edits.
import type { TextDocument } from 'vscode-languageserver-textdocument';

const cache = new Map<string, { version: number; lines: string[] }>();

export function documentLines(doc: TextDocument): string[] {
  const hit = cache.get(doc.uri);
  if (hit && hit.version === doc.version) return hit.lines;
  const lines = doc.getText().split(/\r?\n/);
  cache.set(doc.uri, { version: doc.version, lines });
  return lines;
}

export function forgetDocument(uri: string): void {
  cache.delete(uri);
}
