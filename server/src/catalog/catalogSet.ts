// The bundled catalogs plus a team's own, kept per file so that one saved file reloads alone.
// Shared by the language server and the CLI so that the editor and CI see the same codes.
import { CodeIndex } from './codeIndex';
import { loadCatalogFile, loadCatalogText, type LoadResult } from './load';
import type { CatalogProblem } from './problem';
import { validateCatalog } from './validate';

export class CatalogSet {
  private readonly own = new Map<string, LoadResult>();

  constructor(private readonly bundled: LoadResult) {}

  /** Replaces the own catalogs with these files, read from disk. */
  setOwnFiles(files: readonly string[]): void {
    this.own.clear();
    for (const f of files) this.reload(f);
  }

  reload(file: string): LoadResult {
    const result = loadCatalogFile(file, () => validateCatalog, 'own');
    this.own.set(file, result);
    return result;
  }

  remove(file: string): void {
    this.own.delete(file);
  }

  has(file: string): boolean {
    return this.own.has(file);
  }

  ownFiles(): string[] {
    return [...this.own.keys()];
  }

  /** The problems an edited but unsaved catalog would have; the set itself is unchanged. */
  check(file: string, text: string): CatalogProblem[] {
    return loadCatalogText(file, text, validateCatalog, 'own').problems;
  }

  problems(file: string): CatalogProblem[] {
    return this.own.get(file)?.problems ?? [];
  }

  bundledProblems(): CatalogProblem[] {
    return this.bundled.problems;
  }

  /** `providers`: the enabled ones, or every provider when empty. Own files load after bundled ones, in path order. */
  index(providers: readonly string[]): CodeIndex {
    const own = [...this.own.keys()].sort().flatMap((f) => this.own.get(f)!.catalogs);
    const all = [...this.bundled.catalogs, ...own];
    return new CodeIndex(providers.length === 0 ? all : all.filter((c) => providers.includes(c.catalog.provider)));
  }
}
