// Ctrl+Z after a fix: the file as it was, so that reruns and the extension-host suite start from it.
import * as assert from 'node:assert/strict';
import { poll } from '../codeServer';
import type { Workbench } from '../workbench';

export async function undoRestores(wb: Workbench, file: string, original: string[]): Promise<void> {
  await wb.hidePanel();
  await wb.undo();
  let now: string[] = [];
  try {
    await poll('Ctrl+Z to restore the file', async () => {
      now = (await wb.readEditorText()).map((l) => l.text);
      return JSON.stringify(now) === JSON.stringify(original) ? true : undefined;
    }, { timeoutMs: 15_000, intervalMs: 500 });
  } catch {
    assert.fail(`expected Ctrl+Z to restore ${file}; it shows:\n  ${now.join('\n  ')}\ninstead of:\n  ${original.join('\n  ')}`);
  }
}
