// `npm run catalogs`: regenerates catalogs/*.json from the seeds in the shared folder (PAYCODES_SHARED, or
// ../shared next to the repository).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogs } from './catalogs.mjs';

const catalogsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(catalogsDir, '..');
const sharedDir = process.env.PAYCODES_SHARED ?? resolve(repoRoot, '..', 'shared');

for (const { file, text } of generateCatalogs(sharedDir)) {
  writeFileSync(join(catalogsDir, file), text);
  console.log(`catalogs/${file}: ${JSON.parse(text).entries.length} entries`);
}
