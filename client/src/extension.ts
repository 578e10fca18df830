// The PayCodes extension: starts the language server and owns the commands. Analysis lives in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { registerMarkdownPages } from './markdownPreview';
import { explainAtCursor } from './commands/explainAtCursor';
import { lookUpCode } from './commands/lookUpCode';
import { newCatalog } from './commands/newCatalog';
import { openCatalog } from './commands/openCatalog';
import { restartServer } from './commands/restartServer';
import { scanWorkspaceLogs } from './commands/scanWorkspaceLogs';
import { showLogReport } from './commands/showLogReport';
import { showOutput } from './commands/showOutput';
import { showSwitchCodes } from './commands/showSwitchCodes';
import { CATALOG_PAGE, SHOW_SWITCH_CODES, type CatalogPageParams } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = createLanguageClient(context);
  client = started;
  const commands: Record<string, (c: LanguageClient) => Promise<void>> = {
    'paycodes.lookUpCode': lookUpCode,
    'paycodes.explainAtCursor': explainAtCursor,
    'paycodes.scanWorkspaceLogs': scanWorkspaceLogs,
    'paycodes.showLogReport': showLogReport,
    'paycodes.restartServer': restartServer,
    'paycodes.showOutput': showOutput,
    'paycodes.openCatalog': openCatalog,
    'paycodes.newCatalog': newCatalog,
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, () => run(started)));
  }
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_SWITCH_CODES, (uri: string, position: { line: number; character: number }) => showSwitchCodes(started, uri, position)),
  );
  // Pages the server renders on demand: a bundled catalog, which Go to Definition opens at a code's entry.
  context.subscriptions.push(registerMarkdownPages((uri) => started.sendRequest<string | null>(CATALOG_PAGE, { uri } satisfies CatalogPageParams)));
  // Workspace catalogs are read only in a trusted workspace: a restart picks them up once trust is granted.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => started.restart()));
  await started.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
