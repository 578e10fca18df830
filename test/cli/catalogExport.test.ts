// `paycodes catalog export`: the catalogs as lookup tables for log platforms, own catalogs merged in as the
// editor merges them; the CSV read back by a real CSV parser.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

const { parse } = require('csv-parse/sync') as { parse(text: string, opts: { columns: true; bom?: boolean }): Record<string, string>[] };

const FIELDS = ['code', 'provider', 'family', 'group', 'name', 'outcome', 'retry', 'message'];
/** A message no naive CSV writer or reader survives. */
const AWKWARD = 'Busy, "really" busy;\nretry with the same key';

type Row = Record<string, string>;

function ownCatalog(dir: string): void {
  fs.writeFileSync(path.join(dir, 'team.paycodes.json'), JSON.stringify({
    provider: 'alipayplus', providerName: 'Alipay+', families: [{ id: 'result', name: 'Alipay+ result code', fields: ['resultCode'] }],
    entries: [
      { provider: 'alipayplus', family: 'result', group: 'common', code: 'SYSTEM_BUSY', name: 'Busy (team wording)', message: AWKWARD, outcome: 'unknown', retry: 'retry', source: 'team wiki' },
      { provider: 'alipayplus', family: 'result', group: 'common', code: 'TEAM_ONLY_CODE', name: 'Ours', outcome: 'pending', retry: 'poll', source: 'team wiki' },
    ],
  }));
}

function exportText(format: string, cwd: string): string {
  const r = runCli(['catalog', 'export', '--format', format], undefined, cwd);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('paycodes catalog export', () => {
  let dir: string;
  let jsonl: Row[];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-export-'));
    ownCatalog(dir);
    jsonl = exportText('jsonl', dir).trimEnd().split('\n').map((l) => JSON.parse(l) as Row);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one JSON object per code and catalog entry, with the eight fields', () => {
    assert.ok(jsonl.length > 1000, `${jsonl.length} rows`);
    for (const row of jsonl) assert.deepEqual(Object.keys(row), FIELDS);
    assert.deepEqual(jsonl.find((r) => r.code === '4034314' && r.provider === 'doku'), {
      code: '4034314', provider: 'doku', family: 'snap', group: 'Kirim DOKU', name: 'Insufficient Funds',
      outcome: 'failure', retry: 'no', message: 'Insufficient funds',
    });
  });

  it('merges own catalogs as the editor does: an own entry replaces the bundled one, new codes are added', () => {
    const busy = jsonl.filter((r) => r.code === 'SYSTEM_BUSY' && r.provider === 'alipayplus' && r.family === 'result');
    assert.deepEqual(busy.map((r) => [r.name, r.message]), [['Busy (team wording)', AWKWARD]]);
    assert.ok(jsonl.some((r) => r.code === 'TEAM_ONLY_CODE'));
  });

  it('writes CSV that a CSV parser reads back into the same rows', () => {
    const csv = exportText('csv', dir);
    assert.ok(csv.startsWith(`${FIELDS.join(',')}\r\n`));
    assert.deepEqual(parse(csv, { columns: true }), jsonl);
  });

  it('writes a Splunk lookup CSV and the transforms.conf stanza that declares it', () => {
    const out = path.join(dir, 'splunk');
    const r = runCli(['catalog', 'export', '--format', 'splunk', '--out', out], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['paycodes_codes.csv', 'transforms.conf']);
    const [header, ...settings] = fs.readFileSync(path.join(out, 'transforms.conf'), 'utf8').trimEnd().split('\n');
    assert.equal(header, '[paycodes_codes]');
    const conf = Object.fromEntries(settings.map((l) => l.split(' = ')));
    assert.equal(conf.filename, 'paycodes_codes.csv');
    assert.equal(conf.case_sensitive_match, 'true');
    const rows = parse(fs.readFileSync(path.join(out, conf.filename), 'utf8'), { columns: true });
    assert.deepEqual(rows, jsonl);
    const perCode = new Map<string, number>();
    for (const row of rows) perCode.set(row.code, (perCode.get(row.code) ?? 0) + 1);
    assert.equal(Number(conf.max_matches), Math.max(...perCode.values()), 'every candidate of an ambiguous code comes back');
  });

  it('writes Elasticsearch bulk NDJSON, the enrich policy and the ingest pipeline joining on response_code', () => {
    const out = path.join(dir, 'elastic');
    const r = runCli(['catalog', 'export', '--format', 'elastic', '--out', out], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['enrich-policy.json', 'ingest-pipeline.json', 'paycodes-codes.ndjson', 'source-index.json']);
    const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
    const lines = read('paycodes-codes.ndjson').trimEnd().split('\n').map((l) => JSON.parse(l));
    const actions = lines.filter((_, i) => i % 2 === 0);
    const docs = lines.filter((_, i) => i % 2 === 1) as Row[];
    assert.deepEqual(new Set(actions.map((a) => JSON.stringify(a))), new Set([JSON.stringify({ index: { _index: 'paycodes-codes' } })]));
    assert.deepEqual(docs.map(({ response_code, ...rest }) => ({ code: response_code, ...rest })), jsonl);

    const policy = JSON.parse(read('enrich-policy.json'));
    assert.equal(policy.match.indices, 'paycodes-codes');
    assert.equal(policy.match.match_field, 'response_code');
    assert.deepEqual(policy.match.enrich_fields, FIELDS.slice(1));
    const mapping = JSON.parse(read('source-index.json')).mappings.properties;
    assert.equal(mapping.response_code.type, 'keyword', 'codes match exactly, not as analysed text');
    assert.deepEqual(Object.keys(mapping).sort(), Object.keys(docs[0]).sort());

    const [processor] = JSON.parse(read('ingest-pipeline.json')).processors;
    assert.equal(processor.enrich.policy_name, 'paycodes-codes');
    assert.equal(processor.enrich.field, 'response_code');
    assert.ok(processor.enrich.max_matches > 1, 'an ambiguous code brings all its candidates');
  });

  it('says in one line what is missing', () => {
    const noFormat = runCli(['catalog', 'export'], undefined, dir);
    assert.equal(noFormat.status, 2);
    assert.equal(noFormat.stderr, 'paycodes: catalog export needs --format csv|jsonl|splunk|elastic\n');
    const noFolder = runCli(['catalog', 'export', '--format', 'elastic'], undefined, dir);
    assert.equal(noFolder.status, 2);
    assert.equal(noFolder.stderr, 'paycodes: --format elastic writes several files: name their folder with --out DIR\n');
  });
});
