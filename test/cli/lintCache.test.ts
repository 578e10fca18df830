// `paycodes lint --cache`: what a run prints never depends on the cache, and a source's findings are reused
// only while its content, the build, the catalogs and the settings are the ones they were computed with.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from '../paths';
import { tempDirEachTest } from '../tempDir';
import { runCli } from './runCli';

const project = path.join(fixturesDir, 'lint', 'project');

interface Cache {
  paycodesLintCache: number;
  key: string;
  files: Record<string, { sha1: string; findings: { message: string }[] }>;
}

describe('paycodes lint --cache', () => {
  const dir = tempDirEachTest('paycodes-lint-cache-');
  const cacheFile = () => path.join(dir(), '.paycodescache');
  const readCache = () => JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as Cache;
  const lint = (...extra: string[]) => runCli(['lint', '.', '--format', 'json', ...extra], undefined, dir());

  beforeEach(() => fs.cpSync(project, dir(), { recursive: true }));

  it('prints what a run without it prints, and reuses a source’s findings until its content changes', () => {
    const plain = lint();
    assert.equal(plain.status, 1, plain.stderr);
    const first = lint('--cache');
    assert.deepEqual([first.stdout, first.stderr, first.status], [plain.stdout, plain.stderr, plain.status]);
    assert.deepEqual(Object.keys(readCache().files).sort(), ['src/RefundHandler.java', 'src/checkout.ts']);

    // What the cache says is what is printed: marked, the kept findings show through.
    const cache = readCache();
    for (const entry of Object.values(cache.files)) for (const f of entry.findings) f.message = `kept: ${f.message}`;
    fs.writeFileSync(cacheFile(), JSON.stringify(cache));
    const kept = lint('--cache');
    assert.equal(kept.stdout, plain.stdout.replaceAll('"message": "', '"message": "kept: '));

    // An edit to one source: it is linted again, the other still comes from the cache.
    fs.appendFileSync(path.join(dir(), 'src', 'checkout.ts'), '\n// edited\n');
    const edited = JSON.parse(lint('--cache').stdout) as { findings: { file: string; message: string }[] };
    assert.deepEqual(edited.findings.map((f) => [f.file, f.message.startsWith('kept: ')]), [
      ['src/RefundHandler.java', true],
      ['src/RefundHandler.java', true],
      ['src/checkout.ts', false],
    ]);
  });

  it('holds nothing once the settings change, and names sources relative to itself at --cache-location', () => {
    const elsewhere = path.join(dir(), 'cache', 'lint.json');
    fs.mkdirSync(path.dirname(elsewhere));
    const plain = lint();
    assert.equal(lint('--cache-location', elsewhere).stdout, plain.stdout);
    const cache = JSON.parse(fs.readFileSync(elsewhere, 'utf8')) as Cache;
    assert.deepEqual(Object.keys(cache.files).sort(), ['../src/RefundHandler.java', '../src/checkout.ts']);
    for (const entry of Object.values(cache.files)) entry.findings = [];
    fs.writeFileSync(elsewhere, JSON.stringify(cache));
    assert.equal(JSON.parse(lint('--cache-location', elsewhere).stdout).findings.length, 0, 'the emptied cache is what is printed');

    // unknown-code as a warning instead of an error: every kept finding could be wrong.
    fs.writeFileSync(path.join(dir(), '.paycodes.json'), JSON.stringify({ rules: { 'unknown-code': 'warning', softDeclines: false } }));
    const after = JSON.parse(lint('--cache-location', elsewhere).stdout) as { findings: { severity: string }[] };
    assert.deepEqual(after.findings.map((f) => f.severity), ['warning', 'warning', 'warning']);
    assert.notEqual((JSON.parse(fs.readFileSync(elsewhere, 'utf8')) as Cache).key, cache.key);
  });

  it('is left out when paycodes scan searches the folder it lies in', () => {
    lint('--cache');
    assert.match(fs.readFileSync(cacheFile(), 'utf8'), /"codes":\["[A-Z_]+"/);
    fs.writeFileSync(path.join(dir(), 'app.log'), '2024-03-14 00:00:00.001 WARN DOKU response: {"responseCode":"4034314"}\n');
    const scanned = runCli(['scan', '--json', '.'], undefined, dir());
    assert.equal(scanned.status, 0, scanned.stderr);
    const { occurrences } = JSON.parse(scanned.stdout) as { occurrences: { file: string; code: string }[] };
    assert.deepEqual(occurrences.filter((o) => !o.file.startsWith('src/')).map((o) => `${o.file} ${o.code}`), ['app.log 4034314']);
  });

  it('is found from another folder by the sources’ names relative to it', () => {
    const plain = lint();
    lint('--cache');
    const cache = readCache();
    for (const entry of Object.values(cache.files)) for (const f of entry.findings) f.message = `kept: ${f.message}`;
    fs.writeFileSync(cacheFile(), JSON.stringify(cache));
    const fromSrc = runCli(['lint', '.', '--format', 'json', '--cache-location', '..'], undefined, path.join(dir(), 'src'));
    const messages = (JSON.parse(fromSrc.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message);
    assert.deepEqual(messages, (JSON.parse(plain.stdout) as { findings: { message: string }[] }).findings.map((f) => `kept: ${f.message}`));
  });

  it('lints again a source whose entry is not as it writes them, and rewrites a damaged cache', () => {
    const plain = lint();
    lint('--cache');
    const cache = readCache();
    (cache.files['src/checkout.ts'] as { findings: unknown[] }).findings = [null, 'x', 5];
    fs.writeFileSync(cacheFile(), JSON.stringify(cache));
    const odd = lint('--cache', '--format', 'text');
    assert.equal(odd.stderr, '');
    assert.equal(odd.stdout, lint('--format', 'text').stdout);

    fs.writeFileSync(cacheFile(), fs.readFileSync(cacheFile(), 'utf8').slice(0, 60));
    const damaged = lint('--cache');
    assert.deepEqual([damaged.stdout, damaged.status], [plain.stdout, plain.status]);
    assert.equal(damaged.stderr, 'paycodes: .paycodescache: the cache is damaged; every source is linted again and it is written anew\n');
    assert.equal(lint('--cache').stderr, '');
  });

  it('leaves what is not a cache as it is, says so in one line and lints without one', () => {
    const plain = lint();
    const log = path.join(dir(), 'app.log');
    fs.writeFileSync(log, '2024-03-14 00:00:00.001 INFO responseCode=4034314\n');
    const wrong = lint('--cache-location', log);
    assert.deepEqual([wrong.stdout, wrong.status], [plain.stdout, plain.status]);
    assert.equal(wrong.stderr, `paycodes: ${log}: it is not a PayCodes lint cache; linted without a cache, and the file is left as it is\n`);
    assert.equal(fs.readFileSync(log, 'utf8'), '2024-03-14 00:00:00.001 INFO responseCode=4034314\n');

    // Below a file: nothing can be read or written there, and the findings are still all printed.
    const below = lint('--cache-location', path.join(log, 'cache'));
    assert.deepEqual([below.stdout, below.status], [plain.stdout, plain.status]);
    assert.equal(below.stderr, `paycodes: ${path.join(log, 'cache')}: cannot read it (ENOTDIR); linted without a cache, and the file is left as it is\n`);

    // A pipe would block a read for ever.
    const fifo = path.join(dir(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    const piped = lint('--cache-location', fifo);
    assert.deepEqual([piped.stdout, piped.status], [plain.stdout, plain.status]);
    assert.match(piped.stderr, /fifo: it is not a PayCodes lint cache;/);

    // A folder holds the cache under its usual name.
    const folder = path.join(dir(), 'caches');
    fs.mkdirSync(folder);
    assert.equal(lint('--cache-location', folder).stdout, plain.stdout);
    assert.equal(JSON.parse(fs.readFileSync(path.join(folder, '.paycodescache'), 'utf8')).paycodesLintCache, 1);
  });
});
