// What a code lens above a switch runs: a quick pick of the codes the switch leaves to `default`, with their
// advice, and the fixes that add them. The server lists the codes and prints the edits.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SWITCH_CODES, type EditInDocument, type SwitchCodes, type SwitchCodesParams } from '../../../server/src/lsp/protocol';

interface Row extends vscode.QuickPickItem {
  edits?: EditInDocument[];
}

export async function showSwitchCodes(client: LanguageClient, uri: string, position: SwitchCodesParams['position']): Promise<void> {
  const params: SwitchCodesParams = { textDocument: { uri }, position };
  const report = await client.sendRequest<SwitchCodes | null>(SWITCH_CODES, params);
  if (!report) return;
  const rows: Row[] = [
    ...report.fixes.map((f) => ({ label: `$(wrench) ${f.title}`, edits: f.edits })),
    { label: report.codes.length > 0 ? 'Unhandled codes: pick one to add its case' : 'Every code of this API is handled', kind: vscode.QuickPickItemKind.Separator },
    ...report.codes.map((c) => ({
      label: `${c.urgent ? '$(sync) ' : ''}${c.code}`,
      description: c.name,
      detail: c.advice,
      edits: c.edits,
    })),
  ];
  if (report.more > 0) rows.push({ label: `…and ${report.more} more: the exhaustive fix adds them all`, kind: vscode.QuickPickItemKind.Separator });
  const picked = await vscode.window.showQuickPick(rows, { title: report.title, placeHolder: 'Add the missing cases, or one of them', matchOnDetail: true });
  if (!picked?.edits?.length) return;
  const edit = new vscode.WorkspaceEdit();
  const target = vscode.Uri.parse(uri);
  for (const e of picked.edits) edit.replace(target, client.protocol2CodeConverter.asRange(e.range), e.newText);
  await vscode.workspace.applyEdit(edit);
}
