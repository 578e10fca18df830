// Starts the bundled language server (dist/server.js) over IPC for the documents PayCodes serves.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_ARGS, serverEnvironment } from '../../server/src/launchOptions';

const SOURCE_LANGUAGES = [
  'java', 'kotlin', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'python', 'php', 'csharp',
  'ruby', 'json', 'jsonc', 'yaml', 'log',
];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...SOURCE_LANGUAGES.map((language) => ({ language })),
      // Logs open as plain text unless a log extension is installed; claim them by name.
      { scheme: 'file', pattern: '**/*.{log,jsonl,ndjson}' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'paycodes' },
    // Read at every (re)start, so that a restart after the user grants trust loads the workspace's catalogs.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
  };
  return new LanguageClient('paycodes', 'PayCodes', serverOptions, clientOptions);
}
