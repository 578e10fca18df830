// What the language server knows: the catalogs, the user's settings, the workspace and whether it is
// trusted, and per-document facts derived from them.
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledCatalogSet } from '../catalog/bundled';
import { CatalogSet } from '../catalog/catalogSet';
import { CodeIndex } from '../catalog/codeIndex';
import { ownCatalogFiles } from '../catalog/ownCatalogs';
import { formatProblem } from '../catalog/problem';
import type { DetectOptions } from '../detect/findCodes';
import { HINT_LINES, logProviderEvidence, providerEvidence, type ProviderEvidence } from '../detect/providerHints';
import { SOURCE_LANGUAGES } from '../lint/sourceLanguage';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { isLogDocument } from './documentKind';
import { documentLines } from './documentLines';

export class Session {
  index: CodeIndex = new CodeIndex([]);
  settings: Settings = DEFAULT_SETTINGS;
  /** Workspace folders as file system paths. */
  roots: string[] = [];
  /** VS Code's workspace trust; editors that know no trust count as trusted. */
  trusted = true;
  catalogs: CatalogSet = new CatalogSet({ catalogs: [], problems: [] });
  private excluded: Ignore = ignore();
  /** Each workspace folder's own values (multi-root), longest path first so that nested folders win. */
  private folders: { root: string; settings: Settings; excluded: Ignore }[] = [];
  private readonly hints = new Map<string, { version: number; evidence: ProviderEvidence }>();

  constructor(private readonly connection: Connection) {}

  loadBundledCatalogs(): void {
    this.catalogs = bundledCatalogSet();
    for (const p of this.catalogs.bundledProblems()) this.connection.console.error(`catalog skipped: ${formatProblem(p)}`);
  }

  /** Finds and reads the own catalogs again (settings, trust or workspace changed), then rebuilds the index. */
  reloadOwnCatalogs(): void {
    const { files, problems } = ownCatalogFiles(this.roots, this.settings.catalogs, this.trusted);
    for (const p of problems) this.connection.console.error(`paycodes.catalogs: ${p.file}: ${p.message}`);
    this.catalogs.setOwnFiles(files);
    this.rebuildIndex();
  }

  rebuildIndex(): void {
    this.index = this.catalogs.index(this.settings.providers);
    this.hints.clear();
    const own = this.catalogs.ownFiles();
    this.connection.console.info(
      `${this.index.all.length} codes from ${this.index.providerIds().join(', ')}` +
        (own.length ? `; own catalogs: ${own.map((f) => path.basename(f)).join(', ')}` : '') +
        (this.trusted ? '' : '; workspace catalogs ignored until the workspace is trusted'),
    );
  }

  /** `folders`: the values each workspace folder's files get (`workspace/configuration` with its scopeUri). */
  applySettings(settings: Settings, folders: ReadonlyMap<string, Settings> = new Map()): void {
    this.settings = settings;
    this.excluded = ignore().add(settings.exclude);
    this.folders = [...folders]
      .map(([root, s]) => ({ root, settings: s, excluded: ignore().add(s.exclude) }))
      .sort((a, b) => b.root.length - a.root.length);
  }

  private folderOf(uri: string): { root: string; settings: Settings; excluded: Ignore } | undefined {
    if (!uri.startsWith('file:') || this.folders.length === 0) return undefined;
    const file = fileURLToPath(uri);
    return this.folders.find((f) => within(f.root, file));
  }

  /** The settings that apply to a file: its workspace folder's, else the window's. */
  settingsFor(uri: string): Settings {
    return this.folderOf(uri)?.settings ?? this.settings;
  }

  /** Whether a document is analysed at all: its language, the exclude patterns and its size. */
  analyses(doc: TextDocument): boolean {
    const settings = this.settingsFor(doc.uri);
    if (!settings.languages.includes(doc.languageId) && !isLogDocument(doc)) return false;
    if (doc.getText().length > settings.maxFileSize) return false;
    return !this.excludes(doc.uri);
  }

  /** Whether `paycodes.exclude` (of the file's folder) names the file. */
  excludes(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    const folder = this.folderOf(uri);
    if (folder) return folder.settings.exclude.length > 0 && folder.excluded.ignores(relative(folder.root, file));
    return this.settings.exclude.length > 0 && this.roots.some((root) => within(root, file) && this.excluded.ignores(relative(root, file)));
  }

  detectOptions(doc: TextDocument): DetectOptions {
    const { named, others } = this.providerEvidence(doc);
    return {
      index: this.index,
      log: isLogDocument(doc),
      source: SOURCE_LANGUAGES.has(doc.languageId),
      fileProviders: named,
      otherGateways: others,
      preferredProviders: this.settingsFor(doc.uri).providers,
    };
  }

  private providerEvidence(doc: TextDocument): ProviderEvidence {
    const hit = this.hints.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.evidence;
    const read = isLogDocument(doc) ? logProviderEvidence : providerEvidence;
    const evidence = read(this.index, documentLines(doc).slice(0, HINT_LINES).join('\n'), decodeURIComponent(doc.uri));
    this.hints.set(doc.uri, { version: doc.version, evidence });
    return evidence;
  }

  log(message: string): void {
    this.connection.console.info(message);
  }

  forget(uri: string): void {
    this.hints.delete(uri);
  }
}

function within(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
