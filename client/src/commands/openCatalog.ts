// PayCodes: Open Catalog of Provider… — the JSON file a provider's codes come from, bundled or the team's own.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CATALOG_FILES, type CatalogFileInfo } from '../../../server/src/lsp/protocol';

export async function openCatalog(client: LanguageClient): Promise<void> {
  const files = await client.sendRequest<CatalogFileInfo[]>(CATALOG_FILES);
  const picked = await vscode.window.showQuickPick(
    files.map((f) => ({ label: f.providerName, description: f.own ? 'your catalog' : 'bundled', detail: vscode.workspace.asRelativePath(f.file), file: f.file })),
    { title: 'PayCodes: Open Catalog of Provider', placeHolder: 'Provider' },
  );
  if (picked) await vscode.window.showTextDocument(vscode.Uri.file(picked.file));
}
