// Publishes the rules' findings as diagnostics. Analysis runs synchronously once started, so edits that
// arrive together (a replayed undo, an extension's edits, a client flushing its queue) would each be
// analysed in turn: instead a burst is analysed once, on the newest text, as soon as it has been read.
// Validation of a document never runs twice at once: edits arriving meanwhile mark it dirty, and one rerun follows.
import { DiagnosticSeverity, type Connection, type Diagnostic, type DiagnosticRelatedInformation, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULE_DOCS, type Finding, type Severity } from '../rules/finding';
import { openCatalogDiagnostics } from './catalogDiagnostics';
import type { AnalysisStore } from './documentAnalysis';
import type { Session } from './session';

/** Past this many, a file is generated or pathological: the rest are summarised in one note. */
export const MAX_DIAGNOSTICS = 500;

/**
 * Related notes shown per diagnostic. A DOKU switch can leave forty codes unhandled: the editor would list
 * them all under the squiggle and resend them on every keystroke, while the quick fix inserts them anyway.
 */
export const MAX_RELATED = 10;

/** Past this, a stream of edits that never pauses is analysed anyway, on whatever text is newest. */
export const MAX_SETTLE_MS = 50;

/** How long diagnostics wait after a completion's reply is written: the editor's turn to read and show it. */
const REPLY_HOLD_MS = 10;
/** How long diagnostics wait, after an edit that typed a completion trigger, for the editor's completion request. */
const TRIGGER_HOLD_MS = 15;

interface TriggerHold {
  until: number;
  /** `answers` when the edit came. */
  answers: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function relatedInformation(uri: string, f: Finding): DiagnosticRelatedInformation[] {
  const shown = f.related.slice(0, MAX_RELATED).map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  const more = f.related.length - shown.length;
  if (more > 0) shown.push({ location: { uri, range: f.range }, message: `…and ${more} more codes; the quick fix inserts all ${f.related.length}` });
  return shown;
}

export function toDiagnostic(uri: string, f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: `${RULE_DOCS}${f.rule}` },
    source: 'paycodes',
    message: f.message,
    relatedInformation: relatedInformation(uri, f),
    data: { codes: f.codes },
  };
}

export function capped(uri: string, findings: Finding[]): Diagnostic[] {
  const shown = findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(uri, f));
  if (findings.length > MAX_DIAGNOSTICS) {
    shown.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'paycodes',
      message: `${findings.length - MAX_DIAGNOSTICS} more PayCodes findings in this file are not shown (limit ${MAX_DIAGNOSTICS}).`,
    });
  }
  return shown;
}

export class DiagnosticsPublisher {
  private readonly waiting = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  /** Requests being answered; see `answer`. */
  private answering = 0;
  /** Requests answered or being answered, ever: one more than a hold saw means its completion request came. */
  private answers = 0;

  constructor(
    private readonly session: Session,
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: AnalysisStore,
  ) {}

  /** `typedTrigger`: the edit typed a completion trigger, so the editor's completion request is on its way. */
  request(uri: string, typedTrigger = false): void {
    if (this.running.has(uri)) {
      this.dirty.add(uri);
      return;
    }
    if (this.waiting.has(uri)) return;
    this.waiting.add(uri);
    const now = Date.now();
    this.settle(uri, now, typedTrigger ? { until: now + TRIGGER_HOLD_MS, answers: this.answers } : undefined);
  }

  /**
   * Keeps diagnostics from starting until `reply` has been sent and the editor has had a moment to take it.
   * The editor asks for completion right after the keystroke that triggers it. An analysis started
   * meanwhile would run to its end before the connection writes the answer (one turn of the event loop
   * after the handler settles), and one started just after it takes a core the editor needs to read the
   * list and show it.
   */
  answer<R>(reply: Promise<R>): Promise<R> {
    this.answering++;
    this.answers++;
    const sent = () => setImmediate(() => setTimeout(() => this.answering--, REPLY_HOLD_MS));
    reply.then(sent, sent);
    return reply;
  }

  /**
   * Starts once the document's version holds across two turns of the event loop, and no request is being
   * answered (both for MAX_SETTLE_MS at most). The connection handles one queued message per turn,
   * scheduled after whatever its handler scheduled: the second turn comes after the next message, so a
   * burst already read is drained first, and a lone keystroke waits two turns.
   */
  private settle(uri: string, since: number, hold?: TriggerHold): void {
    const version = this.documents.get(uri)?.version;
    setImmediate(() =>
      setImmediate(() => {
        if (!this.waiting.has(uri)) return;
        const edited = this.documents.get(uri)?.version !== version;
        // Held after a typed trigger until the completion request has come (then `answering` holds) or the hold ends.
        const held = hold !== undefined && this.answers === hold.answers && Date.now() < hold.until;
        if ((!edited && this.answering === 0 && !held) || Date.now() - since >= MAX_SETTLE_MS) this.start(uri);
        else if (edited) this.settle(uri, since, hold);
        else setTimeout(() => this.settle(uri, since, hold), held ? 1 : REPLY_HOLD_MS);
      }),
    );
  }

  requestAll(): void {
    for (const doc of this.documents.all()) this.request(doc.uri);
  }

  clear(uri: string): void {
    this.waiting.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private start(uri: string): void {
    this.waiting.delete(uri);
    const run = this.validate(uri)
      .catch((err: unknown) => this.connection.console.error(`diagnostics failed for ${uri}: ${(err as Error).stack ?? String(err)}`))
      .finally(() => {
        this.running.delete(uri);
        if (this.dirty.delete(uri)) this.request(uri);
      });
    this.running.set(uri, run);
  }

  private async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const analysis = await this.store.analysis(doc);
    // A newer version arrived while this one was analysed: its own run publishes.
    if (this.documents.get(uri)?.version !== analysis.version || this.dirty.has(uri)) return;
    const diagnostics = [...capped(uri, analysis.findings), ...openCatalogDiagnostics(this.session, doc)];
    await this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  }
}
