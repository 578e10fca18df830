// PayCodes: Look Up Payment Code… — a quick pick over the catalogs, one row per meaning; the chosen code's
// explanation opens with actions to insert or copy it. A row several codes share (a SNAP case every service
// has) lists them in its detail, so typing one finds it; picked, it asks which service's code, unless the
// typed text is one of them. The server supplies the rows.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LOOKUP_ENTRIES, type Explanation, type LookupItem } from '../../../server/src/lsp/protocol';
import { showExplanation } from './showExplanation';

interface Row extends vscode.QuickPickItem {
  item: LookupItem;
}

const rowOf = (item: LookupItem): Row => ({ label: item.code, description: `${item.name} — ${item.summary}`, detail: item.detail, item });

async function pick(rows: Row[]): Promise<{ row: Row; typed: string } | undefined> {
  const qp = vscode.window.createQuickPick<Row>();
  qp.title = 'PayCodes: Look Up Payment Code';
  qp.placeholder = 'Type a code, a name, a message or a provider';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = rows;
  try {
    return await new Promise((resolve) => {
      qp.onDidAccept(() => {
        const row = qp.selectedItems[0] ?? qp.activeItems[0];
        resolve(row && { row, typed: qp.value });
      });
      qp.onDidHide(() => resolve(undefined));
      qp.show();
    });
  } finally {
    qp.dispose();
  }
}

async function chooseCode(item: LookupItem): Promise<Explanation | undefined> {
  if (!item.codes) return item;
  const chosen = await vscode.window.showQuickPick(
    item.codes.map((c) => ({ label: c.code, description: c.place, choice: c })),
    { title: `${item.code} — ${item.name}: which service?`, placeHolder: 'Each service has its own code for this case', matchOnDescription: true },
  );
  return chosen?.choice;
}

export async function lookUpCode(client: LanguageClient): Promise<void> {
  const items = await client.sendRequest<LookupItem[]>(LOOKUP_ENTRIES);
  const picked = await pick(items.map(rowOf));
  if (!picked) return;
  const typed = picked.typed.trim();
  const explanation = picked.row.item.codes?.find((c) => c.code === typed) ?? (await chooseCode(picked.row.item));
  if (explanation) await showExplanation(explanation);
}
