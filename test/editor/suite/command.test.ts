// Same command check as the code-server UI route (test/editor/ui/command.test.ts), through VS Code's API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LOOK_UP } from '../expectations';
import { activateExtension } from './helpers';

describe('command (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  it(`contributes ${LOOK_UP.paletteTitle} to the command palette`, () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes?: { commands?: { command: string; title: string; category?: string }[] };
    };
    const c = pkg.contributes?.commands?.find((x) => x.command === LOOK_UP.command);
    assert.ok(c, `expected ${LOOK_UP.command} among the contributed commands; they are ${JSON.stringify(pkg.contributes?.commands)}`);
    assert.equal(`${c.category}: ${c.title}`, LOOK_UP.paletteTitle);
  });

  it(`registers ${LOOK_UP.command} and runs it (its quick pick opens; dismissed)`, async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes(LOOK_UP.command), `expected ${LOOK_UP.command} to be registered`);
    // the command waits for the user's pick: start it, close the quick pick, then it must settle
    let settled: 'resolved' | Error | undefined;
    const running = Promise.resolve(vscode.commands.executeCommand(LOOK_UP.command)).then(
      () => (settled = 'resolved'),
      (e: Error) => (settled = e),
    );
    const deadline = Date.now() + 20_000;
    while (settled === undefined && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    await Promise.race([running, new Promise((r) => setTimeout(r, 1000))]);
    assert.equal(settled, 'resolved', `expected ${LOOK_UP.command} to run and return once its quick pick is closed; it ${settled === undefined ? 'did not return within 20 s' : `failed: ${String(settled)}`}`);
  });
});
