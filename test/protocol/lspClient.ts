// A real JSON-RPC client for the bundled server: spawns `node dist/server.js --stdio` and speaks LSP to it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Hover, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { distDir } from '../paths';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** A copy of dist/ to start the server from (to test a broken install). */
  distDir?: string;
  workspaceFolder?: string;
  /** Several workspace folders (a multi-root workspace); overrides `workspaceFolder`. */
  workspaceFolders?: string[];
  initializationOptions?: unknown;
  /** What the server gets for `workspace/configuration` of `paycodes`; a function answers per scopeUri. */
  settings?: unknown;
  /** Client capabilities beyond configuration, watched files and Markdown hovers. */
  capabilities?: { window?: { workDoneProgress?: boolean } };
}

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in order: what the coalescing test counts. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  private constructor(private readonly child: ChildProcess, readonly connection: MessageConnection) {}

  static async start(options: StartOptions = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    const env = options.env ?? {};
    const child = spawn(process.execPath, [path.join(options.distDir ?? distDir, 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p);
      client.published.push(p);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message);
    });
    const settingsFor = (item: { scopeUri?: string }) =>
      typeof options.settings === 'function' ? (options.settings as (scopeUri?: string) => unknown)(item.scopeUri) : options.settings ?? null;
    connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => p.items.map(settingsFor));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const init = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: (options.workspaceFolders ?? (options.workspaceFolder ? [options.workspaceFolder] : undefined))
        ?.map((f, i) => ({ uri: pathToFileURL(f).toString(), name: `ws${i}` })) ?? null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] } },
        ...options.capabilities,
      },
    });
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  /** Opens a file from disk (or given text) and returns its URI. */
  async open(file: string, languageId: string, text = fs.readFileSync(file, 'utf8')): Promise<string> {
    const uri = pathToFileURL(file).toString();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Resolves with the first diagnostics published for `uri` (after `since` changes) that satisfy `accept`. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    return new Promise((resolve, reject) => {
      const poll = () => {
        const p = this.diagnostics.get(uri);
        if (p && accept(p)) resolve(p);
        else if (Date.now() > deadline) reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(p?.diagnostics.map((d) => d.message))}`));
        else setTimeout(poll, 10);
      };
      poll();
    });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  /** Resolves with the exit code once the server process has ended, however it ended. */
  exited(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }
}

/** Line and character of the first occurrence of `needle` in `text`, offset into the needle. */
export function positionOf(text: string, needle: string, offset = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  return typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n') : c.value;
}
