// `paycodes explain` as the CLI contract says: text or a JSON array best first, exit 1 on no match, 2 on misuse.
import { strict as assert } from 'node:assert';
import { runCli } from './runCli';

describe('paycodes explain', () => {
  it('explains a SNAP code by its parts', () => {
    const r = runCli(['explain', '4034314']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /4034314 — Insufficient Funds/);
    assert.match(r.stdout, /HTTP 403 · service 43 .*Transfer to Bank.* · case 14 Insufficient Funds/);
    assert.match(r.stdout, /retry: +Do not retry/);
  });

  it('explains the SNAP codes of access tokens and of the general service 00', () => {
    const explained = (code: string) => {
      const r = runCli(['explain', code, '--json']);
      assert.equal(r.status, 0, `${code}: ${r.stderr}`);
      const [best] = JSON.parse(r.stdout);
      return [best.provider, best.serviceCode, best.group, `${best.outcome}/${best.retry}`];
    };
    assert.deepEqual(explained('2007300'), ['doku', '73', 'Access Token', 'success/no']);
    assert.deepEqual(explained('4017300'), ['doku', '73', 'Access Token', 'failure/no']);
    assert.deepEqual(explained('5007400'), ['doku', '74', 'Access Token', 'failure/retry']);
    assert.deepEqual(explained('4010000'), ['doku', '00', 'General', 'failure/no']);
    assert.match(runCli(['explain', '4010000']).stdout, /HTTP 401 · service 00 General \(service not identified\) · case 00 Unauthorized/);
  });

  it('explains an ISO 8583 card code as the standard, not as one acquirer', () => {
    const r = runCli(['explain', '51']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^51 — Insufficient funds\n {2}ISO 8583 response code\n/);
    assert.doesNotMatch(r.stdout, /DOKU/);
    assert.match(r.stdout, /category: Issuer cannot approve at this time/);
  });

  it('prints the matching catalog entries as JSON with the contract fields', () => {
    const r = runCli(['explain', 'PAYMENT_IN_PROCESS', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const entries = JSON.parse(r.stdout);
    assert.ok(Array.isArray(entries) && entries.length >= 1);
    const [best] = entries;
    for (const field of ['provider', 'family', 'group', 'code', 'outcome', 'retry', 'source']) assert.ok(field in best, field);
    assert.equal(best.provider, 'alipayplus');
    assert.equal(best.retry, 'poll');
  });

  it('keeps both readings of a code the document lists twice, and filters by provider', () => {
    const both = JSON.parse(runCli(['explain', '4081', '--json']).stdout);
    assert.deepEqual(both.map((e: { name: string }) => e.name).sort(), ['PARTIAL_REFUND_NOT_ALLOWED', 'ROLE_NOT_ALLOWED']);
    const r = runCli(['explain', '05', '--provider', 'portone', '--json']);
    assert.equal(r.status, 1);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('exits 1 with a one-line reason when nothing matches', () => {
    const r = runCli(['explain', 'NOT_A_REAL_CODE']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('exits 2 with a one-line reason on misuse', () => {
    for (const args of [['explain'], ['explain', '05', '--bogus'], ['frobnicate'], ['explain', '05', '--provider', 'nobody']]) {
      const r = runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^paycodes: /);
    }
  });
});
