// What the log report shows, gathered while logs stream by: codes per time bucket and outcome, the most
// frequent codes with their explanation, and the references whose last code was not final. Memory is
// bounded by the number of distinct minutes, codes and references (capped), never by the log's size.
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry, Outcome, RetryAdvice } from '../catalog/types';
import { OUTCOME_MEANING, RETRY_LABEL, RETRY_MEANING } from '../explain/advice';
import { entryName } from '../explain/markdown';
import type { ScanOccurrence } from '../scan/logScan';
import { leadingTimestamp } from './leadingTimestamp';
import { referenceId } from './referenceId';
import { entryKey } from '../catalog/keys';

export const OUTCOMES: readonly Outcome[] = ['success', 'pending', 'failure', 'unknown'];
const MINUTE = 60_000;
/** Bucket sizes in minutes: the smallest that keeps the timeline within MAX_BUCKETS bars. */
const BUCKET_MINUTES = [1, 5, 15, 60, 360, 1440, 10080];
const MAX_BUCKETS = 1500;
const TOP_CODES = 25;
/** References remembered; past this many, new ones are not followed (and the report says so). */
const MAX_REFERENCES = 200_000;
const MAX_STUCK_SHOWN = 200;

export interface TopCode {
  code: string;
  provider: string;
  providerName: string;
  name: string;
  outcome: Outcome;
  retry: RetryAdvice | undefined;
  advice: string;
  meaning: string;
  count: number;
}

export interface StuckReference {
  field: string;
  id: string;
  code: string;
  providerName: string;
  name: string;
  outcome: Outcome;
  /** The leading timestamp of the line, as an ISO string, when it had one. */
  at: string | undefined;
  file: string;
  line: number;
}

export interface LogReportData {
  files: string[];
  skipped: string[];
  occurrences: number;
  byOutcome: Record<Outcome, number>;
  /** Bucket starts (seconds since the epoch) and counts per outcome; one bar per bucket. */
  timeline: { bucketMinutes: number; t: number[] } & Record<Outcome, number[]>;
  /** Occurrences on lines that start with no timestamp: counted everywhere but on the timeline. */
  untimed: number;
  topCodes: TopCode[];
  idField: { given: string | undefined; fields: { field: string; lines: number }[]; linesWithId: number; linesWithCode: number; capped: boolean };
  stuck: StuckReference[];
  stuckTotal: number;
}

interface Last {
  o: ScanOccurrence;
  field: string;
  at: number | undefined;
}

export class LogReportBuilder {
  private readonly minutes = new Map<number, number[]>();
  private readonly codes = new Map<string, { o: ScanOccurrence; count: number }>();
  private readonly last = new Map<string, Last>();
  private readonly fieldLines = new Map<string, number>();
  private occurrences = 0;
  private untimed = 0;
  private linesWithCode = 0;
  private linesWithId = 0;
  private capped = false;
  private lastLine = '';

  constructor(private readonly index: CodeIndex, private readonly idField: string | undefined) {}

  add(o: ScanOccurrence, lineText: string): void {
    this.occurrences++;
    const at = leadingTimestamp(lineText);
    if (at === undefined) this.untimed++;
    else {
      const minute = Math.floor(at / MINUTE) * MINUTE;
      let counts = this.minutes.get(minute);
      if (!counts) this.minutes.set(minute, (counts = [0, 0, 0, 0]));
      counts[OUTCOMES.indexOf(o.outcome)]++;
    }
    const key = entryKey(o);
    const seen = this.codes.get(key);
    if (seen) seen.count++;
    else this.codes.set(key, { o, count: 1 });

    // a line with several codes is one line carrying one reference
    const lineKey = `${o.file}\u0000${o.line}`;
    const newLine = lineKey !== this.lastLine;
    this.lastLine = lineKey;
    if (newLine) this.linesWithCode++;
    const ref = referenceId(lineText, this.idField);
    if (!ref) return;
    if (newLine) {
      this.linesWithId++;
      this.fieldLines.set(ref.field, (this.fieldLines.get(ref.field) ?? 0) + 1);
    }
    // keyed by the value alone: a reference keeps its identity when the next line names its field differently
    const id = ref.value;
    if (!this.last.has(id) && this.last.size >= MAX_REFERENCES) {
      this.capped = true;
      return;
    }
    this.last.set(id, { o, field: ref.field, at });
  }

  finish(files: string[], skipped: string[]): LogReportData {
    const byOutcome = { success: 0, pending: 0, failure: 0, unknown: 0 };
    for (const { o, count } of this.codes.values()) byOutcome[o.outcome] += count;
    const stuck = [...this.last.entries()]
      .filter(([, l]) => l.o.outcome === 'pending' || l.o.outcome === 'unknown')
      .map(([id, l]) => this.stuckReference(id, l));
    return {
      files,
      skipped,
      occurrences: this.occurrences,
      byOutcome,
      timeline: this.timeline(),
      untimed: this.untimed,
      topCodes: [...this.codes.values()].sort((a, b) => b.count - a.count).slice(0, TOP_CODES).map(({ o, count }) => this.topCode(o, count)),
      idField: {
        given: this.idField,
        fields: [...this.fieldLines].map(([field, lines]) => ({ field, lines })).sort((a, b) => b.lines - a.lines),
        linesWithId: this.linesWithId,
        linesWithCode: this.linesWithCode,
        capped: this.capped,
      },
      stuck: stuck.slice(0, MAX_STUCK_SHOWN),
      stuckTotal: stuck.length,
    };
  }

  private timeline(): LogReportData['timeline'] {
    const empty = { t: [], success: [], pending: [], failure: [], unknown: [] };
    if (this.minutes.size === 0) return { bucketMinutes: 1, ...empty };
    let first = Infinity;
    let last = -Infinity;
    for (const minute of this.minutes.keys()) {
      first = Math.min(first, minute);
      last = Math.max(last, minute);
    }
    const span = (last - first) / MINUTE + 1;
    const bucketMinutes = BUCKET_MINUTES.find((m) => span / m <= MAX_BUCKETS) ?? BUCKET_MINUTES[BUCKET_MINUTES.length - 1];
    const size = bucketMinutes * MINUTE;
    const origin = Math.floor(first / size) * size;
    const n = Math.floor((last - origin) / size) + 1;
    const series = OUTCOMES.map(() => new Array<number>(n).fill(0));
    for (const [minute, counts] of this.minutes) {
      const i = Math.floor((minute - origin) / size);
      counts.forEach((c, k) => (series[k][i] += c));
    }
    const t = Array.from({ length: n }, (_, i) => (origin + i * size) / 1000);
    return { bucketMinutes, t, success: series[0], pending: series[1], failure: series[2], unknown: series[3] };
  }

  private entry(o: ScanOccurrence): CatalogEntry | undefined {
    return this.index.lookup(o.code).find((e) => e.provider === o.provider && e.family === o.family);
  }

  private topCode(o: ScanOccurrence, count: number): TopCode {
    const e = this.entry(o);
    const text = e ? [...new Set([entryName(e), e.message, e.description])].filter(Boolean) : [];
    return {
      code: o.code,
      provider: o.provider,
      providerName: this.index.providerName(o.provider),
      name: text[0] ?? '',
      outcome: o.outcome,
      retry: e?.retry,
      advice: e ? `${RETRY_LABEL[e.retry]}: ${RETRY_MEANING[e.retry]}` : '',
      meaning: [OUTCOME_MEANING[o.outcome], ...text.slice(1), e?.resolution].filter(Boolean).join('. '),
      count,
    };
  }

  private stuckReference(id: string, l: Last): StuckReference {
    const e = this.entry(l.o);
    return {
      field: l.field,
      id,
      code: l.o.code,
      providerName: this.index.providerName(l.o.provider),
      name: e ? entryName(e) : '',
      outcome: l.o.outcome,
      at: l.at === undefined ? undefined : new Date(l.at).toISOString(),
      file: l.o.file,
      line: l.o.line,
    };
  }
}
