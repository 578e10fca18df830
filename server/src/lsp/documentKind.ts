// Which documents are logs (hovers on free-text codes, inlay hints, outline) and which are source code.
import type { TextDocument } from 'vscode-languageserver-textdocument';

const LOG_FILE = /\.(log|jsonl|ndjson)(\.\d+)?$/i;

export function isLogDocument(doc: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
  return doc.languageId === 'log' || LOG_FILE.test(doc.uri);
}
