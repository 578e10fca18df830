// A grammar that is missing or broken fails its own language with a one-line reason; the rest keep working.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { newService, wasmDir } from './syntaxHelpers';

describe('grammar loading', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'paycodes-wasm-'));
    for (const file of ['web-tree-sitter.wasm', 'tree-sitter-go.wasm', 'tree-sitter-java.wasm']) {
      copyFileSync(path.join(wasmDir, file), path.join(dir, file));
    }
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing grammar file for that language only', async () => {
    const service = newService({ wasmDir: dir });
    const ruby = await service.parse('test:///a.rb', 'ruby', 1, 'case x\nend\n');
    assert.equal(ruby.status === 'skipped' && ruby.cause, 'grammar');
    const message = ruby.status === 'skipped' ? ruby.message : '';
    assert.match(message, /^ruby grammar unavailable \(.*tree-sitter-ruby\.wasm\): .*ENOENT/);
    assert.doesNotMatch(message, /\n/);
    const go = await service.parse('test:///a.go', 'go', 1, 'package p\n');
    assert.equal(go.status, 'parsed');
  });

  it('reports a corrupt grammar file for that language only', async () => {
    writeFileSync(path.join(dir, 'tree-sitter-java.wasm'), 'not wasm');
    const service = newService({ wasmDir: dir });
    const java = await service.parse('test:///A.java', 'java', 1, 'class A {}');
    assert.equal(java.status === 'skipped' && java.cause, 'grammar');
    assert.match(java.status === 'skipped' ? java.message : '', /^java grammar unavailable .*: \S/);
    assert.equal((await service.parse('test:///a.go', 'go', 1, 'package p\n')).status, 'parsed');
  });

  it('loads a grammar once, on first use', async () => {
    const service = newService({ wasmDir: dir });
    assert.equal((await service.parse('test:///1.go', 'go', 1, 'package p\n')).status, 'parsed');
    rmSync(path.join(dir, 'tree-sitter-go.wasm'));
    assert.equal((await service.parse('test:///2.go', 'go', 1, 'package q\n')).status, 'parsed');
  });
});
