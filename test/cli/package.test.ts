// The npm package as a user gets it: `npm pack` (its prepack builds the production bundle) in a copy of the
// sources, `npm install <tgz>` into an empty project with no registry and an empty cache (so any runtime
// dependency left to fetch fails the install), then `npx paycodes` from there.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixturesDir, repoRoot } from '../paths';

/** Build output, caches and the tests themselves: nothing prepack reads. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'out', 'test', '.git', '.vscode-test', 'test-results', '.bench']);

/** This process's environment without what an enclosing `npm run` adds, which an inner npm takes as its own config. */
function npmEnv(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  // Nothing reachable: a registry on the discard port, offline, and a cache that holds nothing.
  return { ...env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true', npm_config_cache: cache, npm_config_update_notifier: 'false' };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

describe('npm package', function () {
  this.timeout(300_000);
  let tmp: string;
  let consumer: string;
  let env: NodeJS.ProcessEnv;
  let packed: { files: { path: string }[]; filename: string; size: number };

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-pack-'));
    const source = path.join(tmp, 'source');
    consumer = path.join(tmp, 'consumer');
    env = npmEnv(path.join(tmp, 'cache'));
    fs.cpSync(repoRoot, source, { recursive: true, filter: (from) => path.dirname(from) !== repoRoot || !NOT_COPIED.has(path.basename(from)) });
    // the build tools prepack runs, from the project's own install
    fs.symlinkSync(fs.realpathSync(path.join(repoRoot, 'node_modules')), path.join(source, 'node_modules'));
    const pack = run('npm', ['pack', '--json', '--pack-destination', tmp], source, env);
    assert.equal(pack.status, 0, `npm pack failed: ${pack.stderr}`);
    [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
    fs.mkdirSync(consumer);
    fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    fs.cpSync(path.join(fixturesDir, 'lint', 'project', 'src'), path.join(consumer, 'src'), { recursive: true });
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the bundle, the catalogs, README and LICENSE, and nothing of the sources or tests', () => {
    const files = packed.files.map((f) => f.path).sort();
    const unexpected = files.filter((f) => !/^(dist\/|catalogs\/[^/]+\.(json|md)$|README\.md$|LICENSE$|package\.json$)/.test(f));
    assert.deepEqual(unexpected, []);
    for (const f of ['dist/cli.js', 'dist/wasm/tree-sitter-java.wasm', 'catalogs/schema.json', 'catalogs/doku.json', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(f), `${f} missing from ${files.join(', ')}`);
    }
    assert.ok(!files.some((f) => f.endsWith('.map')), 'prepack builds the production bundle: no source maps');
  });

  it('installs from the tarball alone, without a registry, and adds nothing else', () => {
    const install = run('npm', ['install', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], consumer, env);
    assert.equal(install.status, 0, `npm install failed: ${install.stderr}`);
    const installed = fs.readdirSync(path.join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepEqual(installed, ['paycodes']);
  });

  it('runs `npx paycodes explain 4034314`', () => {
    const r = run('npx', ['--no-install', 'paycodes', 'explain', '4034314'], consumer, env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^4034314 — Insufficient Funds$/m);
  });

  it('runs `npx paycodes lint` on a project', () => {
    const r = run('npx', ['--no-install', 'paycodes', 'lint', 'src', '--format', 'json'], consumer, env);
    assert.equal(r.status, 1, r.stderr);
    const { findings } = JSON.parse(r.stdout) as { findings: { file: string; rule: string }[] };
    assert.deepEqual(findings.map((f) => `${f.file} ${f.rule}`), [
      'src/RefundHandler.java unhandled-retryable-code',
      'src/RefundHandler.java unknown-code',
      'src/checkout.ts unhandled-retryable-code',
    ]);
  });
});
