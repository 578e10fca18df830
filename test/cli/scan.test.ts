// `paycodes scan` as the CLI contract says: occurrences and a summary, streamed; bad input skipped with a reason.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../paths';
import { runCli } from './runCli';

const log = path.join(fixturesDir, 'protocol', 'gateway.log');

describe('paycodes scan', () => {
  it('prints occurrences with 1-based positions and a summary as JSON', () => {
    const r = runCli(['scan', log, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const busy = out.occurrences.find((o: { code: string }) => o.code === 'SYSTEM_BUSY');
    assert.deepEqual(busy, {
      file: log, line: 2, column: fs.readFileSync(log, 'utf8').split('\n')[1].indexOf('SYSTEM_BUSY') + 1,
      code: 'SYSTEM_BUSY', provider: 'alipayplus', family: 'result', outcome: 'unknown',
    });
    assert.ok(!out.occurrences.some((o: { code: string }) => ['4041', '5000', '2000'].includes(o.code)), 'no PID, amount or duration');
    assert.deepEqual(out.summary.find((s: { code: string }) => s.code === '4034314'), { code: '4034314', provider: 'doku', outcome: 'failure', count: 1 });
  });

  it('reads standard input for - and prints an aligned table', () => {
    const r = runCli(['scan', '-'], fs.readFileSync(log, 'utf8').repeat(3));
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^CODE\s+PROVIDER\s+OUTCOME\s+COUNT$/);
    assert.match(r.stdout, /^4034314\s+doku\s+failure\s+3$/m);
    assert.equal(new Set(lines.slice(0, -1).map((l) => l.indexOf(l.trim().split(/\s+/)[1]))).size, 1, 'columns align');
  });

  it('skips a binary or missing file with a one-line reason, scans the rest, exits 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-scan-'));
    const binary = path.join(dir, 'core.log');
    fs.writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0x0a, 0x34]));
    const r = runCli(['scan', binary, path.join(dir, 'missing.log'), log]);
    assert.equal(r.status, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), [`paycodes: ${binary}: binary file, skipped`, `paycodes: ${path.join(dir, 'missing.log')}: no such file`]);
    assert.match(r.stdout, /SYSTEM_BUSY/);
  });

  it('bounds an overlong line instead of buffering it', () => {
    const line = `{"resultCode":"SYSTEM_BUSY","blob":"${'x'.repeat(3_000_000)}"}\n{"responseCode":"4034314"}\n`;
    const r = runCli(['scan', '-', '--json'], line);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).occurrences.map((o: { code: string; line: number }) => `${o.code}:${o.line}`), ['SYSTEM_BUSY:1', '4034314:2']);
  });
});
