// PayCodes: Restart Server — for a server that got stuck, or after changing files it does not watch.
import type { LanguageClient } from 'vscode-languageclient/node';

export async function restartServer(client: LanguageClient): Promise<void> {
  await client.restart();
}
