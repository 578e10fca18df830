// paycodes/scanFiles: the workspace's logs, streamed from disk with progress; the summary as Markdown.
import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { OUTCOME_LABEL } from '../explain/advice';
import { entryName, escapeMarkdown } from '../explain/markdown';
import { BinaryInputError } from '../scan/boundedLines';
import { ScanSummary, scanStream } from '../scan/logScan';
import type { ScanFilesParams, ScanFilesResult } from './protocol';
import type { Session } from './session';

export async function scanFiles(
  session: Session, params: ScanFilesParams, progress: WorkDoneProgressReporter, token: CancellationToken,
): Promise<ScanFilesResult> {
  const summary = new ScanSummary();
  const skipped: string[] = [];
  progress.begin('Scanning logs', 0, undefined, true);
  for (const [i, file] of params.files.entries()) {
    if (token.isCancellationRequested) break;
    progress.report(Math.round((i / params.files.length) * 100), `${i + 1}/${params.files.length} ${path.basename(file)}`);
    try {
      const { providers } = session.settingsFor(pathToFileURL(file).toString());
      await scanStream(file, createReadStream(file, { highWaterMark: 1 << 20 }), session.index, (o) => summary.add(o), providers);
    } catch (err) {
      skipped.push(`${file}: ${err instanceof BinaryInputError ? 'binary file' : (err as Error).message.split('\n')[0]}`);
    }
  }
  progress.done();
  const rows = summary.toArray();
  return { markdown: report(session, params.files.length, rows, skipped, token.isCancellationRequested), occurrences: rows.reduce((n, r) => n + r.count, 0) };
}

function report(session: Session, files: number, rows: ReturnType<ScanSummary['toArray']>, skipped: string[], cancelled: boolean): string {
  const out = [`# Payment codes in ${files} log file${files === 1 ? '' : 's'}${cancelled ? ' (cancelled)' : ''}`, ''];
  const byOutcome = new Map<string, number>();
  for (const r of rows) byOutcome.set(r.outcome, (byOutcome.get(r.outcome) ?? 0) + r.count);
  out.push([...byOutcome].map(([o, n]) => `**${n}** ${o}`).join(' · ') || 'No payment codes found.', '');
  if (rows.length > 0) {
    out.push('| Code | Provider | Name | Outcome | Count |', '| --- | --- | --- | --- | ---: |');
    for (const r of rows) {
      const entry = session.index.lookup(r.code).find((e) => e.provider === r.provider && e.outcome === r.outcome);
      const name = entry ? entryName(entry) : '';
      out.push(`| \`${r.code}\` | ${escapeMarkdown(session.index.providerName(r.provider))} | ${escapeMarkdown(name)} | ${OUTCOME_LABEL[r.outcome]} | ${r.count} |`);
    }
  }
  if (skipped.length > 0) out.push('', '**Skipped:**', '', ...skipped.map((s) => `- ${escapeMarkdown(s)}`));
  return out.join('\n') + '\n';
}
