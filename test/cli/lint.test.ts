// `paycodes lint` as the CLI contract says: the editor's rules on disk, text / JSON / SARIF, .gitignore honoured.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from '../paths';
import { withTempDir } from '../tempDir';
import { runCli } from './runCli';

const project = path.join(fixturesDir, 'lint', 'project');

interface Finding { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string; codes: string[] }

describe('paycodes lint', () => {
  it('prints the contract JSON with 1-based positions, honours .gitignore and suppressions, exits 1', () => {
    const r = runCli(['lint', '.', '--format', 'json'], undefined, project);
    assert.equal(r.status, 1, r.stderr);
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`), [
      'src/RefundHandler.java:5:9 warning unhandled-retryable-code',
      'src/RefundHandler.java:10:18 error unknown-code',
      'src/checkout.ts:16:3 warning unhandled-retryable-code',
    ]);
    const portone = findings[2];
    assert.match(portone.message, /^Unhandled retryable PortOne Cloud codes: 1000, /);
    assert.ok(portone.codes.includes('5000'), 'PAYMENT_SYSTEM_ERROR must be handled');
    assert.deepEqual([portone.endLine, portone.endColumn], [16, 23], "end is exclusive, after the discriminant's parenthesis");
  });

  it('prints ESLint-style text', () => {
    const r = runCli(['lint', 'src'], undefined, project);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^src\/RefundHandler\.java\n {2}5:9 +warning  Unhandled retryable Alipay\+ codes: .* {2}unhandled-retryable-code$/m);
    assert.match(r.stdout, /^✖ 3 problems \(1 error, 2 warnings\)$/m);
  });

  it('prints SARIF 2.1.0 with relative artifact paths and rule metadata', () => {
    const r = runCli(['lint', 'src', '--format', 'sarif'], undefined, project);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), ['unhandled-retryable-code', 'unknown-code']);
    const first = run.results[0];
    assert.equal(first.ruleId, 'unhandled-retryable-code');
    assert.equal(first.level, 'warning');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'src/RefundHandler.java', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 40 },
    });
  });

  it('skips a source over maxFileSize from .paycodes.json, as the editor does, and says so', () => withTempDir('paycodes-lint-', (dir) => {
    fs.copyFileSync(path.join(project, 'src', 'RefundHandler.java'), path.join(dir, 'RefundHandler.java'));
    fs.writeFileSync(path.join(dir, '.paycodes.json'), JSON.stringify({ maxFileSize: 200 }));
    const size = fs.statSync(path.join(dir, 'RefundHandler.java')).size;
    const r = runCli(['lint', '.', '--format', 'json'], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { findings: [] });
    assert.equal(r.stderr, `paycodes: RefundHandler.java: skipped: ${size} bytes is over the 200-byte limit\n`);
  }));

  it("reads a file's folders for its gateway however the command line names the file", () => withTempDir('paycodes-lint-', (dir) => {
    // A folder named for PortOne is its evidence, as in the editor, whose paths are absolute.
    const shop = path.join(dir, 'portone-shop');
    fs.mkdirSync(path.join(shop, 'src'), { recursive: true });
    fs.writeFileSync(path.join(shop, '.paycodes.json'), '{}\n');
    fs.writeFileSync(path.join(shop, 'src', 'result.ts'), [
      'export function onResult(status_code: number): string {',
      '  switch (status_code) {',
      '    case 2000:',
      "      return 'paid';",
      '    default:',
      "      return 'failed';",
      '  }',
      '}',
      '',
    ].join('\n'));
    const rules = (target: string) => (JSON.parse(runCli(['lint', target, '--format', 'json'], undefined, shop).stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    assert.deepEqual(rules('src'), ['unhandled-retryable-code']);
    assert.deepEqual(rules(path.join(shop, 'src')), rules('src'));
  }));

  it('exits 0 on a clean tree and 2 with a one-line reason on a bad path or format', () => {
    assert.equal(runCli(['lint', path.join(fixturesDir, 'protocol', 'gateway.log')]).status, 0);
    const missing = runCli(['lint', 'nope/'], undefined, project);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'paycodes: nope/: no such file or folder\n');
    const bad = runCli(['lint', 'src', '--format', 'xml'], undefined, project);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^paycodes: unknown format "xml" \(use text, json, sarif\)\n$/);
  });
});
