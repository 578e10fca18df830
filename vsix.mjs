// Packages paycodes.vsix from the production bundle. The .vsix's contents are .vscodeignore's; the npm
// package's are package.json's `files`. vsce refuses a folder that has both, so it runs on a staging copy
// of what the .vsix needs, whose manifest has no `files`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const { files, ...manifest } = JSON.parse(readFileSync('package.json', 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'paycodes-vsix-'));
try {
  for (const entry of [...files, '.vscodeignore']) {
    cpSync(entry.replace(/\/?\*.*$/, ''), join(stage, entry.replace(/\/?\*.*$/, '')), { recursive: true });
  }
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync(
    process.execPath,
    [resolve('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', resolve('paycodes.vsix')],
    { cwd: stage, stdio: 'inherit' },
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
