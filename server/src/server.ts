// Entry point of dist/server.js: the PayCodes language server over stdio or IPC.
import {
  createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
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
import { readSettings } from './lsp/settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const session = new Session(connection);
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
    },
    serverInfo: { name: 'paycodes', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (!canPullConfiguration) return;
  await connection.client.register(DidChangeConfigurationNotification.type, { section: 'paycodes' });
  await refreshSettings();
});

async function refreshSettings(): Promise<void> {
  session.settings = readSettings(await connection.workspace.getConfiguration('paycodes'));
  connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else session.settings = readSettings((change.settings as { paycodes?: unknown } | undefined)?.paycodes);
});

const withDoc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (doc: TextDocument, params: P) => R) =>
  guarded(connection, name, fallback, (params: P) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? handler(doc, params) : fallback;
  });

connection.onHover(withDoc('hover', null, (doc, params) => hover(session, doc, params)));
connection.languages.inlayHint.on(withDoc('inlay hints', [], (doc, params) => inlayHints(session, doc, params)));
connection.onDocumentSymbol(withDoc('document symbols', [], (doc) => documentSymbols(session, doc)));
connection.onRequest(EXPLAIN_AT, withDoc('explain', null, (doc, params: ExplainAtParams) => explainAt(session, doc, params)));
connection.onRequest(LOOKUP_ENTRIES, guarded(connection, 'lookup', [], () => lookupItems(session.index)));
connection.onRequest(SCAN_FILES, async (params: ScanFilesParams, token) => {
  const progress = await connection.window.attachWorkDoneProgress(params.workDoneToken);
  return scanFiles(session, params, progress, token);
});

documents.onDidClose((e) => {
  forgetDocument(e.document.uri);
  session.forget(e.document.uri);
});

documents.listen(connection);
connection.listen();
