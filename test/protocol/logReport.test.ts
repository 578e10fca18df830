// paycodes/logReport over stdio: the bundled server renders the same page `paycodes scan --report` writes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../paths';
import { runCli } from '../cli/runCli';
import { LspClient } from './lspClient';

const log = path.join(fixturesDir, 'report', 'incident.log');

describe('log report over the protocol', () => {
  let client: LspClient;

  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(() => client?.stop());

  it('answers with the page the CLI writes for the same log', async () => {
    const { html } = await client.connection.sendRequest<{ html: string }>('paycodes/logReport', { files: [log] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-report-'));
    try {
      const file = path.join(dir, 'report.html');
      assert.equal(runCli(['scan', '--report', file, log]).status, 0);
      assert.equal(html, fs.readFileSync(file, 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a file it could not read in the page, and still answers', async () => {
    const { html } = await client.connection.sendRequest<{ html: string }>('paycodes/logReport', { files: [log, path.join(fixturesDir, 'nope.log')], idField: 'payout' });
    assert.match(html, /Skipped: [^<]*nope\.log: ENOENT/);
    assert.match(html, /<code>payout=PO-2<\/code>/);
  });
});
