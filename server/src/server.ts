// Entry point of dist/server.js: the PayCodes language server over stdio or IPC. Wiring only: each
// feature lives in its own module under lsp/, the analysis in the editor-free core.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, CodeLensRefreshRequest, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogTemplate } from './catalog/template';
import { ClosedCatalogDiagnostics } from './lsp/catalogDiagnostics';
import { catalogFiles } from './lsp/catalogFiles';
import { catalogPageText } from './lsp/catalogPages';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { codeLenses } from './lsp/codeLens';
import { completion, COMPLETION_TRIGGERS } from './lsp/completion';
import { noteTriggerEdits } from './lsp/triggerEdits';
import { definition } from './lsp/definition';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { AnalysisStore, type DocumentAnalysis } from './lsp/documentAnalysis';
import { isLogDocument } from './lsp/documentKind';
import { forgetDocument } from './lsp/documentLines';
import { documentSymbols } from './lsp/documentSymbols';
import { explainAt } from './lsp/explainAt';
import { guarded, guardedAsync } from './lsp/guarded';
import { hover } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { lookupItems } from './lsp/lookup';
import { references } from './lsp/references';
import { switchCodes } from './lsp/switchCodes';
import { workspaceSymbols } from './lsp/workspaceSymbols';
import { releaseAfter } from './lsp/memoryRelease';
import { logReport } from './lsp/logReport';
import {
  CATALOG_FILES, CATALOG_PAGE, CATALOG_TEMPLATE, EXPLAIN_AT, LOG_REPORT, LOOKUP_ENTRIES, SCAN_FILES, SWITCH_CODES,
  type CatalogPageParams, type CatalogTemplateParams, type ExplainAtParams, type LogReportParams, type ScanFilesParams, type SwitchCodesParams,
} from './lsp/protocol';
import { scanFiles } from './lsp/scanFiles';
import { Session } from './lsp/session';
import { readSettings } from './settings/settings';
import { createSyntaxService } from './syntax/syntaxService';
import { VERSION } from './version';

const connection = createConnection(ProposedFeatures.all);
const triggerEdits = noteTriggerEdits();
const documents = new TextDocuments(triggerEdits.configuration);
const session = new Session(connection);
/** Larger sources are generated or vendored; their switches are not what a developer is writing. */
const MAX_PARSE_BYTES = 20 * 1024 * 1024;
const store = new AnalysisStore(session, createSyntaxService({ wasmDir: path.join(__dirname, 'wasm'), maxBytes: MAX_PARSE_BYTES }));
const diagnostics = new DiagnosticsPublisher(session, connection, documents, store);
const closedCatalogs = new ClosedCatalogDiagnostics(connection);
let canPullConfiguration = false;
let canWatchFiles = false;

connection.onInitialize((params: InitializeParams) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  session.trusted = (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false;
  session.roots = (params.workspaceFolders ?? []).filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      inlayHintProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      codeLensProvider: { resolveProvider: false },
      definitionProvider: true,
      referencesProvider: { workDoneProgress: true },
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'paycodes', version: VERSION },
  };
});

// The catalogs load once the editor has its answer to initialize, which it waits for before it shows anything,
// and before any request: messages are handled one after the other, and the client sends `initialized` before
// its first request, so no request meets the catalogs unloaded.
connection.onInitialized(async () => {
  session.loadBundledCatalogs();
  session.reloadOwnCatalogs();
  if (canPullConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'paycodes' });
    await applySettings();
  }
  if (canWatchFiles) await watchCatalogs();
});

/** Catalogs, settings or trust changed: every open document is checked again. */
function recheckAll(): void {
  store.clear();
  diagnostics.requestAll();
  closedCatalogs.publish(session, (uri) => documents.get(uri) !== undefined);
  connection.languages.inlayHint.refresh().catch(() => undefined);
  connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
}

/** The window's settings, and each workspace folder's own (a multi-root workspace's folders can differ). */
async function pullSettings(): Promise<void> {
  const items = [{ section: 'paycodes' }, ...session.roots.map((root) => ({ scopeUri: pathToFileURL(root).toString(), section: 'paycodes' }))];
  const [window, ...folders] = (await connection.workspace.getConfiguration(items)) as unknown[];
  session.applySettings(readSettings(window), new Map(session.roots.map((root, i) => [root, readSettings(folders[i])])));
}

async function applySettings(raw?: unknown): Promise<void> {
  const before = session.settings.catalogs.join('\n');
  if (raw === undefined) await pullSettings();
  else session.applySettings(readSettings(raw));
  if (session.settings.catalogs.join('\n') !== before) session.reloadOwnCatalogs();
  else session.rebuildIndex();
  recheckAll();
}

let catalogWatchers: { dispose(): void } | undefined;
async function watchCatalogs(): Promise<void> {
  catalogWatchers?.dispose();
  const listed = session.settings.catalogs.map((p) => ({ globPattern: path.resolve(session.roots[0] ?? '.', p).split(path.sep).join('/') }));
  catalogWatchers = await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.paycodes.json' }, ...listed],
  });
}

connection.onDidChangeConfiguration(async (change) => {
  await applySettings(canPullConfiguration ? undefined : ((change.settings as { paycodes?: unknown } | undefined)?.paycodes ?? {}));
  if (canWatchFiles) await watchCatalogs();
});

connection.onDidChangeWatchedFiles(() => {
  // Any change can add, remove or edit a catalog: finding them again is cheap next to guessing.
  session.reloadOwnCatalogs();
  recheckAll();
});

const withDoc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (doc: TextDocument, params: P) => R) =>
  guarded(connection, name, fallback, (params: P) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && session.analyses(doc) ? handler(doc, params) : fallback;
  });

connection.onHover(withDoc('hover', null, (doc, params) => hover(session, doc, params)));
connection.languages.inlayHint.on(withDoc('inlay hints', [], (doc, params) => inlayHints(session, doc, params)));
connection.onDocumentSymbol(withDoc('document symbols', [], (doc) => {
  // The Outline of a log reads all of it; a source's is empty.
  if (isLogDocument(doc)) releaseAfter(doc.getText().length);
  return documentSymbols(session, doc);
}));
/** A request on an analysed document that needs what the rules found in it; guarded like the others. */
const withAnalysis = <P extends { textDocument: { uri: string } }, R>(
  name: string, fallback: R, handler: (doc: TextDocument, analysis: () => Promise<DocumentAnalysis>, params: P) => R | Promise<R>,
) =>
  guardedAsync(connection, name, fallback, async (params: P) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && session.analyses(doc) ? handler(doc, () => store.analysis(doc), params) : fallback;
  });

connection.onCodeAction(withAnalysis('code actions', [], async (doc, analysis, params) => codeActions(session, doc, await analysis(), params)));
connection.onCompletion(withAnalysis('completion', null, (doc, analysis, params) =>
  diagnostics.answer(completion(session, doc, { current: analysis, last: () => store.last(doc.uri) }, params.position))));
connection.onCodeLens(withAnalysis('code lens', [], async (doc, analysis) => codeLenses(session, doc.uri, await analysis())));
connection.onRequest(SWITCH_CODES, withAnalysis('switch codes', null, async (_doc, analysis, params: SwitchCodesParams) => switchCodes(session, await analysis(), params)));
connection.onDefinition(withDoc('definition', null, (doc, params) => definition(session, doc, params.position)));
connection.onReferences((params, token, workDone) =>
  withAnalysis('references', [], (doc) => references(session, documents, doc, params.position, workDone, token))(params));
connection.onWorkspaceSymbol(guarded(connection, 'workspace symbols', [], (params) => workspaceSymbols(session.index, params.query)));
connection.onRequest(CATALOG_PAGE, (p: CatalogPageParams) => catalogPageText(session.index, p.uri) ?? null);
connection.onRequest(EXPLAIN_AT, withDoc('explain', null, (doc, params: ExplainAtParams) => explainAt(session, doc, params)));
connection.onRequest(LOOKUP_ENTRIES, guarded(connection, 'lookup', [], () => lookupItems(session.index)));
connection.onRequest(CATALOG_FILES, guarded(connection, 'catalog files', [], () => catalogFiles(session.index)));
connection.onRequest(CATALOG_TEMPLATE, (p: CatalogTemplateParams) => catalogTemplate(p.provider, p.providerName));
connection.onRequest(SCAN_FILES, async (params: ScanFilesParams, token) => {
  const progress = await connection.window.attachWorkDoneProgress(params.workDoneToken);
  return scanFiles(session, params, progress, token);
});
connection.onRequest(LOG_REPORT, (params: LogReportParams, token) => logReport(session, params, token));

documents.onDidChangeContent((e) => diagnostics.request(e.document.uri, triggerEdits.typedTrigger(e.document.uri)));
documents.onDidOpen((e) => releaseAfter(e.document.getText().length));
documents.onDidClose((e) => {
  forgetDocument(e.document.uri);
  session.forget(e.document.uri);
  store.forget(e.document.uri);
  diagnostics.clear(e.document.uri);
  closedCatalogs.publish(session, (uri) => uri !== e.document.uri && documents.get(uri) !== undefined);
});

documents.listen(connection);
connection.listen();
