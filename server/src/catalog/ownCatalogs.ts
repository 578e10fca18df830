// Where a team's own catalogs are: every `*.paycodes.json` in the workspace (not in ignored folders) and the
// files or folders its settings list. In an untrusted workspace only the configured paths count, and VS Code
// hands the server only the user's own value of that setting there.
import * as path from 'node:path';
import { walkFiles, type WalkProblem } from '../files/walkFiles';

export const OWN_CATALOG_SUFFIX = '.paycodes.json';

/** `team.paycodes.json`, but not `.paycodes.json`: that one holds settings. */
export function isOwnCatalog(file: string): boolean {
  const name = path.basename(file);
  return name.endsWith(OWN_CATALOG_SUFFIX) && !name.startsWith('.');
}

export interface OwnCatalogFiles {
  files: string[];
  problems: WalkProblem[];
}

/** `configured` paths are relative to `base`, the workspace or project root (the first root by default). */
export function ownCatalogFiles(roots: readonly string[], configured: readonly string[], trusted: boolean, base = roots[0] ?? process.cwd()): OwnCatalogFiles {
  const problems: WalkProblem[] = [];
  // The workspace's own files are its content: data, but not to be read before the user trusts it.
  const found = trusted ? [...walkFiles(roots, isOwnCatalog, () => undefined)] : [];
  const listed = [...walkFiles(configured.map((p) => path.resolve(base, p)), (f) => f.endsWith('.json'), (p) => problems.push(p))];
  return { files: [...new Set([...found, ...listed])], problems };
}
