// `paycodes scan` as the CLI contract says: occurrences and a summary, streamed; bad input skipped with a reason.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fixturesDir } from '../paths';
import { withTempDir } from '../tempDir';
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
    assert.match(lines[0], /^CODE\s+PROVIDER\s+OUTCOME\s+COUNT\s+FIRST SEEN\s+LAST SEEN$/);
    assert.match(r.stdout, /^4034314\s+doku\s+failure\s+3\s+2026-11-20T10:05:02.001Z\s+2026-11-20T10:05:02.001Z$/m);
    assert.equal(new Set(lines.slice(0, -1).map((l) => l.indexOf(l.trim().split(/\s+/)[1]))).size, 1, 'columns align');
  });

  it('skips a binary or missing file with a one-line reason, scans the rest, exits 2', () => withTempDir('paycodes-scan-', (dir) => {
    const binary = path.join(dir, 'core.log');
    fs.writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0x0a, 0x34]));
    const r = runCli(['scan', binary, path.join(dir, 'missing.log'), log]);
    assert.equal(r.status, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), [`paycodes: ${binary}: binary file, skipped`, `paycodes: ${path.join(dir, 'missing.log')}: no such file`]);
    assert.match(r.stdout, /SYSTEM_BUSY/);
  }));

  it('bounds an overlong line instead of buffering it', () => {
    const line = `{"resultCode":"SYSTEM_BUSY","blob":"${'x'.repeat(3_000_000)}"}\n{"responseCode":"4034314"}\n`;
    const r = runCli(['scan', '-', '--json'], line);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).occurrences.map((o: { code: string; line: number }) => `${o.code}:${o.line}`), ['SYSTEM_BUSY:1', '4034314:2']);
  });

  it('searches a folder recursively, honouring .gitignore and exclude, reading rotated .gz logs', () => withTempDir('paycodes-scan-', (dir) => {
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'logs', 'old'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'logs', 'tmp'));
    fs.writeFileSync(path.join(dir, '.gitignore'), 'tmp/\n');
    fs.writeFileSync(path.join(dir, '.paycodes.json'), JSON.stringify({ exclude: ['**/*.bak'] }));
    fs.writeFileSync(path.join(dir, 'logs', 'app.log'), 'responseCode=4034314\n');
    fs.writeFileSync(path.join(dir, 'logs', 'old', 'app.log.1.gz'), zlib.gzipSync('x\n{"resultCode":"SYSTEM_BUSY"}\n'));
    fs.writeFileSync(path.join(dir, 'logs', 'old', 'app.log.bak'), 'responseCode=4034314\n');
    fs.writeFileSync(path.join(dir, 'logs', 'tmp', 'app.log'), 'responseCode=4034314\n');
    fs.writeFileSync(path.join(dir, 'logs', 'core'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]));
    const r = runCli(['scan', 'logs', '--json'], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'a binary file met in a folder is skipped silently, as ripgrep does');
    assert.deepEqual(JSON.parse(r.stdout).occurrences.map((o: { file: string; line: number; code: string }) => `${o.file}:${o.line}:${o.code}`), [
      `${path.join('logs', 'app.log')}:1:4034314`,
      `${path.join('logs', 'old', 'app.log.1.gz')}:2:SYSTEM_BUSY`,
    ]);
  }));

  it("leaves a folder's source files to lint, and scans a source file it is given by name", () => withTempDir('paycodes-scan-', (dir) => {
    // A line of code read alone, as a log line is, loses the file that says what it means: PortOne's SDK
    // throws its own `INVALID_SIGNATURE`, which a scan of the folder took for Alipay+'s.
    fs.writeFileSync(path.join(dir, 'webhook.ts'), 'throw new WebhookVerificationError("INVALID_SIGNATURE");\n');
    fs.writeFileSync(path.join(dir, 'Client.java'), 'log.info("responseCode=4034314");\n');
    fs.writeFileSync(path.join(dir, 'app.log'), '{"result":{"resultCode":"INVALID_SIGNATURE","resultStatus":"F"}}\n');
    const found = (...args: string[]) => {
      const r = runCli(['scan', ...args, '--json'], undefined, dir);
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { occurrences: { file: string; code: string }[] }).occurrences.map((o) => `${o.file}:${o.code}`);
    };
    assert.deepEqual(found('.'), ['app.log:INVALID_SIGNATURE', 'app.log:F']);
    assert.deepEqual(found('Client.java'), ['Client.java:4034314'], 'a file named is scanned, whatever it is');
  }));

  it("counts a gateway's own short codes only where the log's path, its first lines or the settings' providers name it", () => withTempDir('paycodes-scan-', (dir) => {
    const line = '2024-03-14T09:00:00Z callback {"status_code": 4041, "order": "A-1"}\n';
    fs.writeFileSync(path.join(dir, 'callbacks.log'), line);
    const codes = (cwd: string, file: string) =>
      (JSON.parse(runCli(['scan', file, '--json'], undefined, cwd).stdout) as { occurrences: { code: string; provider: string }[] }).occurrences.map((o) => `${o.code}@${o.provider}`);
    fs.writeFileSync(path.join(dir, '.paycodes.json'), '{}\n');
    assert.deepEqual(codes(dir, 'callbacks.log'), []);
    fs.mkdirSync(path.join(dir, 'chaiport'));
    fs.writeFileSync(path.join(dir, 'chaiport', 'callbacks.log'), line);
    assert.deepEqual(codes(dir, path.join('chaiport', 'callbacks.log')), ['4041@portone']);
    fs.writeFileSync(path.join(dir, '.paycodes.json'), '{"providers": ["portone"]}\n');
    assert.deepEqual(codes(dir, 'callbacks.log'), ['4041@portone']);
    fs.writeFileSync(path.join(dir, '.paycodes.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'requests.log'), `2024-03-14T08:59:59Z POST https://api.portone.cloud/api/v1/payments\n${line}`);
    assert.deepEqual(codes(dir, 'requests.log'), ['4041@portone'], "the log's first lines name the gateway, as a file's head does in the editor");
  }));

  it("reads a two-digit code as ISO 8583's only where the log's path names no gateway that numbers its own", () => withTempDir('paycodes-scan-', (dir) => {
    // Flutterwave's `02` is "Transaction in progress"; ISO's is "refer to card issuer, special condition".
    const line = '{"response_code":"02","response_message":"Transaction in progress","issuerResponseCode":"51"}\n';
    fs.writeFileSync(path.join(dir, '.paycodes.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'callbacks.log'), line);
    fs.mkdirSync(path.join(dir, 'flutterwave'));
    fs.writeFileSync(path.join(dir, 'flutterwave', 'callbacks.log'), line);
    const codes = (file: string) =>
      (JSON.parse(runCli(['scan', file, '--json'], undefined, dir).stdout) as { occurrences: { code: string; provider: string }[] }).occurrences.map((o) => `${o.code}@${o.provider}`);
    assert.deepEqual(codes('callbacks.log'), ['02@iso8583', '51@iso8583']);
    assert.deepEqual(codes(path.join('flutterwave', 'callbacks.log')), ['51@iso8583'], "the issuer's own answer is still the standard's");
    // A log's first lines list connectors; they name no owner for the million lines after them.
    fs.writeFileSync(path.join(dir, 'app.log'), 'INFO connectors enabled: stripe, adyen, flutterwave\n{"result":{"resultCode":"SYSTEM_BUSY","resultStatus":"U"}}\n' + line);
    assert.deepEqual(codes('app.log'), ['SYSTEM_BUSY@alipayplus', 'U@alipayplus', '02@iso8583', '51@iso8583']);
  }));

  it('keeps lines whose leading time is within --since and --until, and lines without one', () => {
    const text = [
      '2024-03-14 08:59:59.999 responseCode=4034314',
      '2024-03-14T09:00:00Z responseCode=4034314',
      '{"ts":"2024-03-14T10:30:00.000+01:00","responseCode":"4034314"}',
      '[2024-03-14T12:00:00Z] responseCode=4034314',
      'responseCode=4034314 (no time)',
    ].join('\n');
    const r = runCli(['scan', '-', '--json', '--since', '2024-03-14T09:00:00Z', '--until', '2024-03-14T11:00'], text);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).occurrences.map((o: { line: number }) => o.line), [2, 3, 5]);
    const table = runCli(['scan', '-'], text).stdout;
    assert.match(table, /^4034314\s+doku\s+failure\s+5\s+2024-03-14 08:59:59\.999\s+2024-03-14T12:00:00Z$/m);
    const bad = runCli(['scan', '-', '--since', 'yesterday'], text);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^paycodes: --since needs an ISO 8601 date or time/);
  });
});
