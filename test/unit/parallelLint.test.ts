// `paycodes lint` with worker threads and the byte prefilter must print exactly what a plain, single-threaded
// run of every rule over every file prints: same files, same order, same JSON.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { lint } from '../../server/src/cli/lint';
import type { Io } from '../../server/src/cli/io';
import { walkFiles } from '../../server/src/files/walkFiles';
import { batchSyntaxService, lintFile, type LintFinding } from '../../server/src/lint/lintFiles';
import { sourceLanguage } from '../../server/src/lint/sourceLanguage';
import { bundledCatalogSet } from '../../server/src/catalog/bundled';
import { DEFAULT_SETTINGS } from '../../server/src/settings/settings';
import { catalogsDir, distDir, fixturesDir } from '../paths';

const index = bundledCatalogSet(catalogsDir).index([]);
const trees = ['detection', 'switches', 'rules', 'not-code-switches', 'lint', 'workspace', 'protocol'].map((d) => path.join(fixturesDir, d));

async function cli(workers: number): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: async (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([]) };
  await lint(io, index, DEFAULT_SETTINGS, trees, {
    format: 'json', excluded: () => false, pool: { script: path.join(distDir, 'lintWorker.js'), workers, inlineMs: 0 }, wasmDir: path.join(distDir, 'wasm'),
  });
  return { out, err };
}

describe('parallel lint', () => {
  it('prints, with workers and the prefilter, byte for byte what every rule over every file finds on one thread', async function () {
    // Three whole lints of every fixture tree: on a busy two-core machine that is well past mocha's default.
    this.timeout(120_000);
    const syntax = batchSyntaxService(path.join(distDir, 'wasm'), DEFAULT_SETTINGS.maxFileSize);
    const findings: LintFinding[] = [];
    for (const file of walkFiles(trees, (f) => sourceLanguage(f) !== undefined, () => undefined)) {
      findings.push(...(await lintFile(file, { index, rules: DEFAULT_SETTINGS.rules, providers: DEFAULT_SETTINGS.providers, syntax, maxBytes: DEFAULT_SETTINGS.maxFileSize, onNote: () => undefined })));
    }
    assert.ok(new Set(findings.map((f) => f.file)).size >= 10, `the fixtures have findings in many files (${findings.length})`);
    const want = JSON.stringify({ findings }, null, 2) + '\n';
    const single = await cli(0);
    assert.equal(single.out, want);
    const parallel = await cli(2);
    assert.equal(parallel.out, want);
    assert.equal(parallel.err, single.err);
  });
});
