// Helpers for the extension-host suite: the fixture workspace, and VS Code's own commands polled
// with a bound until the language server has answered.
import * as vscode from 'vscode';
import { EXTENSION_ID, markdownToText } from '../expectations';

export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the suite needs test/fixtures/workspace (or a copy) as the folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openFile(relativePath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The position of `word` inside the first line containing `line`. */
export function positionOf(doc: vscode.TextDocument, word: string, line = word): vscode.Position {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    const at = text.indexOf(line);
    if (at >= 0 && line.includes(word)) return new vscode.Position(i, at + line.indexOf(word) + 1);
  }
  throw new Error(`no line of ${doc.uri.fsPath} contains ${JSON.stringify(line)}`);
}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  await ext.activate();
  return ext;
}

/** All hovers' text at a position (Markdown read as text), as VS Code's hover would show them. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .map(markdownToText)
    .join('\n');
}

/** Diagnostics of a file once `until` holds (default: at least one). */
export async function diagnostics(
  uri: vscode.Uri,
  until: (d: readonly vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 30_000,
): Promise<readonly vscode.Diagnostic[]> {
  let last: readonly vscode.Diagnostic[] = [];
  try {
    return await waitFor('diagnostics', async () => {
      last = vscode.languages.getDiagnostics(uri);
      return until(last) ? last : undefined;
    }, timeoutMs);
  } catch {
    throw new Error(`diagnostics of ${uri.fsPath} did not become as expected; they are ${JSON.stringify(last.map((d) => d.message))}`);
  }
}

/** Code actions (quick fixes) offered on a range. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

/** Inlay hints over a whole document, each as its position and its label's text. */
export async function inlayHints(doc: vscode.TextDocument): Promise<{ position: vscode.Position; label: string }[]> {
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
  return hints.map((h) => ({ position: h.position, label: typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('') }));
}

/** The document's symbols (what the Outline shows) as name, detail and children, in order. */
export async function documentSymbols(uri: vscode.Uri): Promise<{ name: string; detail: string; children: string[] }[]> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  return symbols.map((s) => ({ name: s.name, detail: s.detail, children: (s.children ?? []).map((c) => c.name) }));
}

/** A diagnostic's code as a string (it may come as `{ value, target }`). */
export function diagnosticCode(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code ?? '');
}
