// The one place the real-world evaluation calls the detector, the way the language server does for an open
// document (server/src/lsp/session.ts): bundled catalogs indexed for no preferred providers, the provider
// evidence of the file's first 400 lines and its path (the repository's folder is the workspace's), log mode for
// log files. When the detector's API changes, only this file does.
import * as path from 'node:path';
import { bundledCatalogSet } from '../../server/src/catalog/bundled';
import type { CatalogEntry } from '../../server/src/catalog/types';
import { codesInText } from '../../server/src/detect/findCodes';
import { HINT_LINES, logProviderEvidence, providerEvidence } from '../../server/src/detect/providerHints';
import { isLogDocument } from '../../server/src/lsp/documentKind';
import { sourceLanguage } from '../../server/src/lint/sourceLanguage';

export interface Detection {
  /** 1-based, as an editor shows it. */
  line: number;
  /** 1-based. */
  column: number;
  code: string;
  /** The evaluation's name for what the hover would explain it as: see `evalFamily`. */
  family: string;
  /** The hover's first line, for a person judging it. */
  meaning: string;
}

const DATA_LANGUAGES: Readonly<Record<string, string>> = {
  '.json': 'json', '.yml': 'yaml', '.yaml': 'yaml', '.log': 'log', '.jsonl': 'log', '.ndjson': 'log', '.txt': 'plaintext',
};

/** The language id VS Code would give the file, for the languages PayCodes analyses by default; undefined: not analysed. */
export function languageOf(file: string): string | undefined {
  return sourceLanguage(file) ?? DATA_LANGUAGES[path.extname(file).toLowerCase()];
}

/**
 * The labels' family vocabulary, independent of how catalogs are split into providers: `snap` (SNAP BI
 * 7-digit codes), `iso8583` (ISO 8583 card response codes), `doku` (DOKU's own string codes), and each other
 * bundled provider by its id (`alipayplus`, `portone`, `setel`, `akinon`).
 */
export function evalFamily(entry: Pick<CatalogEntry, 'provider' | 'family'>): string {
  if (entry.provider === 'doku' && entry.family === 'snap') return 'snap';
  if (entry.family === 'card' || entry.provider === 'iso8583') return 'iso8583';
  return entry.provider;
}

export interface Detector {
  detect(file: string, text: string): Detection[];
  /** Whether any bundled catalog holds the code: a labelled code it does not hold cannot be found. */
  knows(code: string): boolean;
}

export function createDetector(catalogsDir: string): Detector {
  const index = bundledCatalogSet(catalogsDir).index([]);
  const detect = (file: string, text: string): Detection[] => {
    const languageId = languageOf(file) ?? 'plaintext';
    const lines = text.split(/\r?\n/);
    const log = isLogDocument({ uri: `file://${file}`, languageId });
    const evidence = (log ? logProviderEvidence : providerEvidence)(index, lines.slice(0, HINT_LINES).join('\n'), file);
    const opts = {
      index,
      log,
      source: sourceLanguage(file) !== undefined,
      fileProviders: evidence.named,
      otherGateways: evidence.others,
      preferredProviders: [],
    };
    return [...codesInText(lines, opts)].map((o) => {
      const best = o.entries[0];
      return {
        line: o.line + 1,
        column: o.start + 1,
        code: o.code,
        family: evalFamily(best),
        meaning: [best.name, best.message ?? best.description].filter(Boolean).join(': ').slice(0, 100),
      };
    });
  };
  return { detect, knows: (code) => index.has(code) };
}
