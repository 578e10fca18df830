// Same check as the code-server UI route (test/editor/ui/serverCrash.test.ts), through VS Code's API:
// the language server (a child of this extension host) killed with SIGKILL is started again and
// answers hovers.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AFTER_CRASH, EXTENSION_ID, hoverFailure, missingFromHover } from '../expectations';
import { listProcesses } from '../codeServer';
import { activateExtension, hoverText, openFile, positionOf, waitFor } from './helpers';

describe('language server crash (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  it(`restarts the killed server: a hover on ${AFTER_CRASH.hover.word} works again`, async () => {
    const serverJs = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'server.js');
    const servers = () => listProcesses().filter((p) => p.ppid === process.pid && p.argv.includes(serverJs));
    const e = AFTER_CRASH.hover;
    const doc = await openFile(e.file);
    const pos = positionOf(doc, e.word, e.line);
    let text = '';
    const hoverWorks = async () => {
      text = await hoverText(doc.uri, pos);
      return missingFromHover(e, text) === undefined ? true : undefined;
    };
    await waitFor('a hover before the crash', hoverWorks);

    const before = servers();
    assert.equal(before.length, 1, `expected one ${serverJs} child of the extension host (pid ${process.pid}); found ${JSON.stringify(before)}`);
    process.kill(before[0].pid, 'SIGKILL');
    await waitFor('a new server process', async () => {
      const now = servers();
      return now.length === 1 && now[0].pid !== before[0].pid ? true : undefined;
    }, AFTER_CRASH.timeoutMs).catch(() => assert.fail(`expected a new server after pid ${before[0].pid} was killed; the servers are ${JSON.stringify(servers())}`));
    text = '';
    await waitFor('a hover from the restarted server', hoverWorks, AFTER_CRASH.timeoutMs).catch(() => undefined);
    assert.equal(missingFromHover(e, text), undefined, hoverFailure(e, text, 'vscode.executeHoverProvider after the server was killed and restarted'));
  });
});
