// PayCodes: Show Output — the server's log: loaded catalogs, skipped files, anything that broke.
import type { LanguageClient } from 'vscode-languageclient/node';

export async function showOutput(client: LanguageClient): Promise<void> {
  client.outputChannel.show(true);
}
