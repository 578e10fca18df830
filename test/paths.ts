// Where the tests find the repository, the bundled build and the shared seed documents.
import * as path from 'node:path';

// mocha runs from the repository root (npm scripts), so cwd is the one stable anchor for bundled tests.
export const repoRoot = process.cwd();
export const distDir = path.join(repoRoot, 'dist');
export const catalogsDir = path.join(repoRoot, 'catalogs');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const sharedDir = process.env.PAYCODES_SHARED ?? path.resolve(repoRoot, '..', 'shared');
