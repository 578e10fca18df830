// PayCodes: New Catalog… — writes a valid skeleton `<provider>.paycodes.json` (the server's template) into
// the workspace and opens it; the schema then completes fields as the team fills it in.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CATALOG_TEMPLATE, type CatalogTemplateParams } from '../../../server/src/lsp/protocol';

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]*$/;

export async function newCatalog(client: LanguageClient): Promise<void> {
  const provider = await vscode.window.showInputBox({
    title: 'PayCodes: New Catalog (1/2)',
    prompt: 'Provider id: a stable lowercase name, e.g. acme-pay',
    validateInput: (v) => (PROVIDER_ID.test(v) ? undefined : 'lowercase letters, digits and dashes'),
  });
  if (!provider) return;
  const providerName = await vscode.window.showInputBox({ title: 'PayCodes: New Catalog (2/2)', prompt: 'Provider name as people write it', value: provider });
  if (!providerName) return;
  const params: CatalogTemplateParams = { provider, providerName };
  const text = await client.sendRequest<string>(CATALOG_TEMPLATE, params);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content: text }));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, `${provider}.paycodes.json`);
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showErrorMessage(`PayCodes: ${vscode.workspace.asRelativePath(uri)} already exists.`);
    await vscode.window.showTextDocument(uri);
    return;
  } catch {
    // Not there yet: the normal case.
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri);
}
