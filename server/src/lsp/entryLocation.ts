// Where a catalog entry is written down: an own entry at its object in the team's `*.paycodes.json`, a
// bundled one at its section of the catalog's read-only page. Go to Definition and workspace symbols land there.
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Location } from 'vscode-languageserver';
import type { CodeIndex } from '../catalog/codeIndex';
import { entryKey } from '../catalog/keys';
import { offsetRange } from '../catalog/parseJson';
import type { CatalogEntry } from '../catalog/types';
import { catalogPageLine, catalogPageUri } from './catalogPages';

interface OwnFile {
  mtimeMs: number;
  text: string;
  /** Entry objects by provider, family and code. */
  offsets: Map<string, { offset: number; length: number }>;
}

const ownFiles = new Map<string, OwnFile>();

function stringProperty(node: Node, name: string): string | undefined {
  const value = findNodeAtLocation(node, [name])?.value;
  return typeof value === 'string' ? value : undefined;
}

function readOwn(file: string): OwnFile | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  const known = ownFiles.get(file);
  if (known && known.mtimeMs === stat.mtimeMs) return known;
  const text = fs.readFileSync(file, 'utf8');
  const root = parseTree(text, [], { allowTrailingComma: true });
  const offsets = new Map<string, { offset: number; length: number }>();
  const fileProvider = root && stringProperty(root, 'provider');
  for (const entry of (root && findNodeAtLocation(root, ['entries'])?.children) ?? []) {
    const k = entryKey({ provider: String(stringProperty(entry, 'provider') ?? fileProvider), family: String(stringProperty(entry, 'family')), code: String(stringProperty(entry, 'code')) });
    if (!offsets.has(k)) offsets.set(k, { offset: entry.offset, length: entry.length });
  }
  const own = { mtimeMs: stat.mtimeMs, text, offsets };
  ownFiles.set(file, own);
  return own;
}

export function entryLocation(index: CodeIndex, e: CatalogEntry): Location {
  const origin = index.origin(e);
  if (origin?.own) {
    const own = readOwn(origin.file);
    const at = own?.offsets.get(entryKey(e));
    const range = own && at ? offsetRange(own.text, at.offset, 1) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: pathToFileURL(origin.file).toString(), range: { start: range.start, end: range.start } };
  }
  const line = catalogPageLine(index, e);
  return { uri: catalogPageUri(e), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}
