// The language server crashes (killed with SIGKILL, as the OOM killer would): vscode-languageclient
// starts it again, and hovers work again without the user doing anything.
import * as assert from 'node:assert/strict';
import { AFTER_CRASH, hoverFailure, missingFromHover } from '../expectations';
import { languageServerProcesses, poll } from '../codeServer';
import { session } from '../session';

describe('language server crash (code-server UI)', function () {
  this.timeout(120_000);

  after(async () => {
    await session().workbench.dismissHover();
    await session().workbench.closeAllEditors();
  });

  it(`restarts the killed server: a hover on ${AFTER_CRASH.hover.word} works again`, async () => {
    const s = session();
    const wb = s.workbench;
    const e = AFTER_CRASH.hover;
    await wb.openFile(e.file);
    const until = (t: string) => missingFromHover(e, t) === undefined;
    // first, the server answers
    await wb.hoverWord(e.word, { line: e.line, until, expect: 'before the crash' });
    await wb.dismissHover();

    const before = languageServerProcesses(s.codeServer, s.extensionsDir);
    assert.equal(before.length, 1, `expected one PayCodes server (node …/dist/server.js) in code-server's process group ${s.codeServer.pgid}; found ${JSON.stringify(before)}`);
    process.kill(before[0].pid, 'SIGKILL');
    const t0 = Date.now();
    let now = before;
    try {
      await poll('a new PayCodes server process', async () => {
        now = languageServerProcesses(s.codeServer, s.extensionsDir);
        return now.length === 1 && now[0].pid !== before[0].pid ? true : undefined;
      }, { timeoutMs: AFTER_CRASH.timeoutMs });
    } catch {
      await wb.screenshot('server-crash-no-restart');
      assert.fail(`expected vscode-languageclient to start a new server after pid ${before[0].pid} was killed; after ${AFTER_CRASH.timeoutMs} ms the servers are ${JSON.stringify(now)}; notifications ${JSON.stringify(await wb.readNotifications())}`);
    }
    let text = '';
    try {
      text = await wb.hoverWord(e.word, { line: e.line, until, expect: 'from the restarted server', timeoutMs: AFTER_CRASH.timeoutMs });
    } finally {
      await wb.screenshot('server-crash-hover-after-restart');
    }
    console.log(`      server pid ${before[0].pid} killed; pid ${now[0].pid} answered the hover ${((Date.now() - t0) / 1000).toFixed(1)} s later`);
    assert.equal(missingFromHover(e, text), undefined, hoverFailure(e, text, 'after the server was killed and restarted'));
    const errors = (await wb.readNotifications()).filter((n) => /crash|error|stopped/i.test(n));
    assert.deepEqual(errors, [], `expected no error notification after one crash; the page showed ${JSON.stringify(errors)}`);
  });
});
