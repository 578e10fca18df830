// The PayCodes extension: starts the language server and owns the commands. Analysis lives in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { lookUpCode } from './commands/lookUpCode';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  const started = client;
  context.subscriptions.push(
    vscode.commands.registerCommand('paycodes.lookUpCode', () => lookUpCode(started)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
