// Problems in a team's own catalog files as diagnostics in those files, with the JSON pointer: from the
// editor's unsaved text while a catalog is open, from disk otherwise.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isOwnCatalog } from '../catalog/ownCatalogs';
import type { CatalogProblem } from '../catalog/problem';
import type { Session } from './session';

function toDiagnostic(p: CatalogProblem): Diagnostic {
  return {
    range: p.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: DiagnosticSeverity.Error,
    source: 'paycodes',
    code: 'catalog',
    message: `${p.pointer !== undefined ? `${p.pointer}: ` : ''}${p.message}`,
  };
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? path.normalize(fileURLToPath(uri)) : undefined;
}

/** For an open document: the problems its current text would have as a catalog, if it is one. */
export function openCatalogDiagnostics(session: Session, doc: TextDocument): Diagnostic[] {
  const file = filePath(doc.uri);
  if (!file || !(isOwnCatalog(file) || session.catalogs.has(file))) return [];
  return session.catalogs.check(file, doc.getText()).map(toDiagnostic);
}

/** For own catalog files that are not open: their problems as read from disk; cleared ones are emptied. */
export class ClosedCatalogDiagnostics {
  private withProblems = new Set<string>();

  constructor(private readonly connection: Connection) {}

  publish(session: Session, isOpen: (uri: string) => boolean): void {
    const now = new Set<string>();
    for (const file of session.catalogs.ownFiles()) {
      const uri = pathToFileURL(file).toString();
      if (isOpen(uri)) continue;
      const problems = session.catalogs.problems(file);
      if (problems.length === 0 && !this.withProblems.has(uri)) continue;
      if (problems.length > 0) now.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: problems.map(toDiagnostic) });
    }
    for (const uri of this.withProblems) {
      if (!now.has(uri) && !isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.withProblems = now;
  }
}
