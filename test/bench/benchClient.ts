// A JSON-RPC client for timing the bundled server over stdio (after test/protocol/lspClient.ts), with the
// server's path given and every published diagnostic timestamped as it arrives, not polled.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_NODE_ARGS, serverEnvironment } from '../../server/src/launchOptions';
import { procStatus } from './measure';

const PROBE_PREFIX = 'paycodes-bench-memory ';

/** What memProbe.ts reports: process.memoryUsage() before and after a full GC. */
export interface ProbeReply {
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
}

/** Node arguments that load the memory probe into the server (which the extension starts with --expose-gc). */
export function probeArgs(): string[] {
  return ['-r', path.join(__dirname, 'memProbe.js')];
}

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (r: { params: PublishDiagnosticsParams; at: number }) => void;
}

export class BenchClient {
  private readonly waiters: Waiter[] = [];
  private readonly probeReplies: ((r: ProbeReply) => void)[] = [];
  readonly logs: string[] = [];
  /** Settles once the server has pulled its `paycodes` settings (it does so after `initialized`). */
  readonly configured: Promise<void>;
  private markConfigured!: () => void;

  private constructor(readonly child: ChildProcess, readonly connection: MessageConnection, settings: unknown) {
    this.configured = new Promise((resolve) => (this.markConfigured = resolve));
    let pending = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      pending += text;
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.startsWith(PROBE_PREFIX)) this.probeReplies.shift()?.(JSON.parse(line.slice(PROBE_PREFIX.length)) as ProbeReply);
      }
      if (pending.length > 1 << 20) pending = '';
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const at = performance.now();
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === p.uri && w.accept(p)) {
          this.waiters.splice(i, 1);
          w.resolve({ params: p, at });
        }
      }
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      if (this.logs.length < 1000) this.logs.push(p.message);
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      setImmediate(() => this.markConfigured());
      return p.items.map((item) => (item.section === 'paycodes' ? settings : null));
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
  }

  /** Spawns the server and completes the handshake; `readyMs` is spawn → InitializeResult received. */
  static async start(
    serverJs: string, nodeArgs: string[] = [], settings: unknown = null,
  ): Promise<{ client: BenchClient; init: InitializeResult; readyMs: number }> {
    const started = performance.now();
    // Started as the extension starts it.
    const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...nodeArgs, serverJs, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: serverEnvironment(process.env),
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new BenchClient(child, connection, settings);
    connection.listen();
    const init = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { versionSupport: true } },
      },
    });
    const readyMs = performance.now() - started;
    await connection.sendNotification('initialized', {});
    return { client, init, readyMs };
  }

  /** Resolves when diagnostics for `uri` satisfying `accept` arrive, with the arrival time. */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 120_000): Promise<{ params: PublishDiagnosticsParams; at: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, accept, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** One incremental change: `text` replaces the range (an insertion when the range is empty). */
  edit(uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The server's current and peak resident memory, bytes. */
  memory(): { rss: number; hwm: number } {
    return procStatus(this.child.pid!) ?? { rss: 0, hwm: 0 };
  }

  /** Memory as the server sees it, then after a full GC (needs probeArgs() at start). */
  probeMemory(timeoutMs = 10_000): Promise<ProbeReply | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      this.probeReplies.push((r) => (clearTimeout(timer), resolve(r)));
      this.child.kill('SIGUSR2');
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    this.connection.dispose();
  }
}
