// Entry point of dist/server.js: the PayCodes language server over stdio or IPC.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from './lsp/hover';
import { Session } from './lsp/session';
import { forgetDocument } from './lsp/documentLines';
import { guarded } from './lsp/guarded';
import { lookupItems } from './lsp/lookup';
import { LOOKUP_ENTRIES } from './lsp/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const session = new Session(connection);

connection.onInitialize(() => {
  session.loadCatalogs();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
    },
    serverInfo: { name: 'paycodes', version: '0.1.0' },
  };
});

connection.onHover(
  guarded(connection, 'hover', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? hover(session, doc, params) : null;
  }),
);

connection.onRequest(LOOKUP_ENTRIES, guarded(connection, 'lookup', [], () => lookupItems(session.index)));

documents.onDidClose((e) => {
  forgetDocument(e.document.uri);
  session.forget(e.document.uri);
});

documents.listen(connection);
connection.listen();
