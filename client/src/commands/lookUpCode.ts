// PayCodes: Look Up Payment Code… — a quick pick over every catalog entry; the chosen code's explanation
// opens with actions to insert or copy it. The server supplies the rows.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LOOKUP_ENTRIES, type LookupItem } from '../../../server/src/lsp/protocol';
import { showExplanation } from './showExplanation';

interface Row extends vscode.QuickPickItem {
  item: LookupItem;
}

export async function lookUpCode(client: LanguageClient): Promise<void> {
  const items = await client.sendRequest<LookupItem[]>(LOOKUP_ENTRIES);
  const rows: Row[] = items.map((item) => ({
    label: item.code,
    description: `${item.name} — ${item.summary}`,
    detail: item.detail,
    item,
  }));
  const picked = await vscode.window.showQuickPick(rows, {
    title: 'PayCodes: Look Up Payment Code',
    placeHolder: 'Type a code, a name, a message or a provider',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await showExplanation(picked.item);
}
