// What the language server knows: the catalogs, the user's settings, and per-document facts derived from them.
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeIndex } from '../catalog/codeIndex';
import { loadBundledCatalogs } from '../catalog/bundled';
import { formatProblem } from '../catalog/problem';
import type { DetectOptions } from '../detect/findCodes';
import { providerHints } from '../detect/providerHints';
import { isLogDocument } from './documentKind';
import { documentLines } from './documentLines';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

export class Session {
  index: CodeIndex = new CodeIndex([]);
  settings: Settings = DEFAULT_SETTINGS;
  private readonly hints = new Map<string, { version: number; providers: string[] }>();

  constructor(private readonly connection: Connection) {}

  loadCatalogs(): void {
    const loaded = loadBundledCatalogs();
    for (const p of loaded.problems) this.connection.console.error(`catalog skipped: ${formatProblem(p)}`);
    this.index = new CodeIndex(loaded.catalogs);
    this.hints.clear();
    this.connection.console.info(
      `loaded ${this.index.all.length} codes from ${loaded.catalogs.length} catalogs (${this.index.providerIds().join(', ')})`,
    );
  }

  detectOptions(doc: TextDocument): DetectOptions {
    return {
      index: this.index,
      log: isLogDocument(doc),
      fileProviders: this.fileProviders(doc),
      preferredProviders: this.settings.providers,
    };
  }

  private fileProviders(doc: TextDocument): string[] {
    const hit = this.hints.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.providers;
    const providers = providerHints(this.index, documentLines(doc).slice(0, 400).join('\n'));
    this.hints.set(doc.uri, { version: doc.version, providers });
    return providers;
  }

  log(message: string): void {
    this.connection.console.info(message);
  }

  forget(uri: string): void {
    this.hints.delete(uri);
  }
}
