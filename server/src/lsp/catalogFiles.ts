// paycodes/catalogFiles: which file each provider's codes come from, for "Open Catalog of Provider…".
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogFileInfo } from './protocol';

export function catalogFiles(index: CodeIndex): CatalogFileInfo[] {
  const seen = new Map<string, CatalogFileInfo>();
  for (const e of index.all) {
    const origin = index.origin(e);
    if (!origin) continue;
    const key = `${e.provider}\u0000${origin.file}`;
    if (!seen.has(key)) seen.set(key, { provider: e.provider, providerName: index.providerName(e.provider), file: origin.file, own: origin.own });
  }
  return [...seen.values()];
}
