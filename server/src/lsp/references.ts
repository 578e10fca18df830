// textDocument/references on a code: every place the detector accepts the same code of the same provider,
// in the open documents and in the workspace's source and log files on disk (honouring .gitignore,
// `paycodes.exclude` and `paycodes.maxFileSize`; logs are streamed, whatever their size), with progress
// and cancellation; plus the uses of constants that hold the code (`const RC_TIMEOUT = "5044300"`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Location, Position, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isCodeName } from '../detect/codeNames';
import { codesInLine, type Occurrence } from '../detect/findCodes';
import { walkFiles } from '../files/walkFiles';
import { sourceLanguage } from '../lint/sourceLanguage';
import { scanFile } from '../scan/logScan';
import { isLogDocument } from './documentKind';
import { forgetDocument } from './documentLines';
import { codeUnderCursor } from './hover';
import type { Session } from './session';

const isLogFile = (file: string) => isLogDocument({ uri: file, languageId: '' });
/** A name declared on the code's line: `const RC_TIMEOUT = "5044300"`, `val RC_TIMEOUT: String = "…"`, `RC_TIMEOUT = '…'`. */
const DECLARED_BEFORE = /\b([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>[\]?]+\s*)?(?::=|=)\s*["'`]?$/;
const CONSTANT = /\b(?:const|final|val|static|readonly|define)\b/;
/** The reply stays readable and the editor responsive: past this many, the search stops. */
export const MAX_REFERENCES = 10_000;

interface Target {
  code: string;
  provider: string;
}

const isTarget = (t: Target, o: Occurrence) => o.code === t.code && o.entries.some((e) => e.provider === t.provider);

function location(uri: string, line: number, start: number, end: number): Location {
  return { uri, range: { start: { line, character: start }, end: { line, character: end } } };
}

/** Occurrences of the code in a document's lines; in a source, the constants declared to hold it go to `aliases`. */
function inText(session: Session, doc: TextDocument, lines: readonly string[], t: Target, aliases: Set<string> | undefined, out: Location[]): void {
  const opts = session.detectOptions(doc);
  for (let n = 0; n < lines.length; n++) {
    if (!lines[n].includes(t.code)) continue;
    for (const o of codesInLine(lines, n, opts)) {
      if (!isTarget(t, o)) continue;
      out.push(location(doc.uri, n, o.start, o.end));
      if (!aliases) continue;
      const before = lines[n].slice(0, o.start);
      const declared = DECLARED_BEFORE.exec(before);
      // A constant named for this code (`RC_TIMEOUT`), not a field that holds any code (`responseCode`, `rc`).
      if (declared && !isCodeName(declared[1]) && (CONSTANT.test(before) || /^[A-Z][A-Z0-9_]*$/.test(declared[1]))) aliases.add(declared[1]);
    }
  }
}

function aliasUses(uri: string, lines: readonly string[], aliases: ReadonlySet<string>, out: Location[]): void {
  for (const alias of aliases) {
    const word = new RegExp(`(?<![\\w$])${alias.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    for (let n = 0; n < lines.length; n++) {
      if (!lines[n].includes(alias)) continue;
      for (const m of lines[n].matchAll(word)) out.push(location(uri, n, m.index, m.index + alias.length));
    }
  }
}

export async function references(
  session: Session, documents: TextDocuments<TextDocument>, doc: TextDocument, position: Position,
  progress: WorkDoneProgressReporter, token: CancellationToken,
): Promise<Location[]> {
  const found = codeUnderCursor(session, doc, position);
  if (!found) return [];
  const t: Target = { code: found.code, provider: found.entries[0].provider };
  const out: Location[] = [];
  const aliases = new Set<string>();
  /** Sources to search for the aliases once they are known: re-read then, rather than all held meanwhile. */
  const sources: { uri: string; lines: () => readonly string[] }[] = [];
  const open = new Set<string>();
  for (const d of documents.all()) {
    open.add(d.uri);
    if (!session.analyses(d)) continue;
    const lines = d.getText().split(/\r?\n/);
    const log = isLogDocument(d);
    inText(session, d, lines, t, log ? undefined : aliases, out);
    if (!log) sources.push({ uri: d.uri, lines: () => lines });
  }
  const files = [...walkFiles(session.roots, (f) => isLogFile(f) || sourceLanguage(f) !== undefined, () => undefined)]
    .map((file) => ({ file, uri: pathToFileURL(file).toString() }))
    .filter(({ uri }) => !open.has(uri) && !session.excludes(uri));
  progress.begin(`Finding references of ${t.code}`, 0, undefined, true);
  for (const [i, { file, uri }] of files.entries()) {
    if (token.isCancellationRequested || out.length >= MAX_REFERENCES) break;
    progress.report(Math.round((i / files.length) * 100), `${i + 1}/${files.length} ${path.basename(file)}`);
    try {
      if (isLogFile(file)) await inLog(session, file, uri, t, out);
      else inSourceFile(session, file, uri, t, aliases, out, sources);
    } catch {
      // Unreadable or binary: nothing in there anyone could open at a code.
    }
    // Other requests (hovers, edits) get their turn between files.
    if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
  }
  if (aliases.size > 0 && !token.isCancellationRequested) for (const s of sources) aliasUses(s.uri, s.lines(), aliases, out);
  progress.done();
  return dedupe(out).slice(0, MAX_REFERENCES);
}

function inSourceFile(
  session: Session, file: string, uri: string, t: Target, aliases: Set<string>, out: Location[], sources: { uri: string; lines: () => readonly string[] }[],
): void {
  const settings = session.settingsFor(uri);
  const languageId = sourceLanguage(file)!;
  if (!settings.languages.includes(languageId) || fs.statSync(file).size > settings.maxFileSize) return;
  sources.push({ uri, lines: () => fs.readFileSync(file, 'utf8').split(/\r?\n/) });
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(t.code)) return;
  const doc = TextDocument.create(uri, languageId, 0, text);
  try {
    inText(session, doc, text.split(/\r?\n/), t, aliases, out);
  } finally {
    // Files on disk are read once: their per-document memos would only hold memory.
    session.forget(uri);
    forgetDocument(uri);
  }
}

/** A log on disk, streamed in constant memory as `paycodes scan` reads it. */
async function inLog(session: Session, file: string, uri: string, t: Target, out: Location[]): Promise<void> {
  await scanFile(file, session.index, (o) => {
    if (o.code === t.code && o.provider === t.provider) out.push(location(uri, o.line - 1, o.column - 1, o.column - 1 + t.code.length));
  }, session.settingsFor(uri).providers);
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const k = `${l.uri}#${l.range.start.line}:${l.range.start.character}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
