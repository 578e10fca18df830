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
