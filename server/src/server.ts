// Entry point of dist/server.js: the PayCodes language server over stdio or IPC.
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { AnalysisStore } from './lsp/documentAnalysis';
import { createSyntaxService } from './syntax/syntaxService';
import { documentSymbols } from './lsp/documentSymbols';
import { forgetDocument } from './lsp/documentLines';
import { explainAt } from './lsp/explainAt';
import { guarded } from './lsp/guarded';
import { hover } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { lookupItems } from './lsp/lookup';
import { EXPLAIN_AT, LOOKUP_ENTRIES, SCAN_FILES, type ExplainAtParams, type ScanFilesParams } from './lsp/protocol';
import { scanFiles } from './lsp/scanFiles';
import { Session } from './lsp/session';
import { readSettings } from './settings/settings';
import { VERSION } from './version';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const session = new Session(connection);
/** Larger sources are generated or vendored; their switches are not what a developer is writing. */
const MAX_PARSE_BYTES = 20 * 1024 * 1024;
const store = new AnalysisStore(session, createSyntaxService({ wasmDir: path.join(__dirname, 'wasm'), maxBytes: MAX_PARSE_BYTES }));
const diagnostics = new DiagnosticsPublisher(connection, documents, store);
let canPullConfiguration = false;

connection.onInitialize((params: InitializeParams) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  session.loadCatalogs();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      inlayHintProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'paycodes', version: VERSION },
  };
});

connection.onInitialized(async () => {
  if (!canPullConfiguration) return;
  await connection.client.register(DidChangeConfigurationNotification.type, { section: 'paycodes' });
  await refreshSettings();
});

async function refreshSettings(raw?: unknown): Promise<void> {
  session.settings = readSettings(raw ?? (await connection.workspace.getConfiguration('paycodes')));
  store.clear();
  diagnostics.requestAll();
  connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeConfiguration((change) =>
  refreshSettings(canPullConfiguration ? undefined : ((change.settings as { paycodes?: unknown } | undefined)?.paycodes ?? {})),
);

const withDoc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (doc: TextDocument, params: P) => R) =>
  guarded(connection, name, fallback, (params: P) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? handler(doc, params) : fallback;
  });

connection.onHover(withDoc('hover', null, (doc, params) => hover(session, doc, params)));
connection.languages.inlayHint.on(withDoc('inlay hints', [], (doc, params) => inlayHints(session, doc, params)));
connection.onDocumentSymbol(withDoc('document symbols', [], (doc) => documentSymbols(session, doc)));
connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  try {
    return codeActions(session, doc, await store.analysis(doc), params);
  } catch (err) {
    connection.console.error(`code actions failed: ${(err as Error).stack ?? String(err)}`);
    return [];
  }
});
connection.onRequest(EXPLAIN_AT, withDoc('explain', null, (doc, params: ExplainAtParams) => explainAt(session, doc, params)));
connection.onRequest(LOOKUP_ENTRIES, guarded(connection, 'lookup', [], () => lookupItems(session.index)));
connection.onRequest(SCAN_FILES, async (params: ScanFilesParams, token) => {
  const progress = await connection.window.attachWorkDoneProgress(params.workDoneToken);
  return scanFiles(session, params, progress, token);
});

documents.onDidChangeContent((e) => diagnostics.request(e.document.uri));
documents.onDidClose((e) => {
  forgetDocument(e.document.uri);
  session.forget(e.document.uri);
  store.forget(e.document.uri);
  diagnostics.clear(e.document.uri);
});

documents.listen(connection);
connection.listen();
