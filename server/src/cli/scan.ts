// `paycodes scan <files…>`: codes found in logs, streamed; `-` reads standard input.
import type { CodeIndex } from '../catalog/codeIndex';
import { BinaryInputError } from '../scan/boundedLines';
import { ScanSummary, scanFile, scanStream, type OnOccurrence, type SummaryRow } from '../scan/logScan';
import type { Io } from './io';

/** JSON output is written in pieces of about this many characters: one write per occurrence would cost more than finding it. */
const OUTPUT_BATCH = 64 * 1024;

/** `also` sees every occurrence too (the log report). */
export async function scan(io: Io, index: CodeIndex, files: string[], json: boolean, also?: OnOccurrence): Promise<number> {
  const summary = new ScanSummary();
  let failed = false;
  let first = true;
  let pending = '';
  if (json) await io.out('{"occurrences":[');
  const onOccurrence: OnOccurrence = (o, line) => {
    summary.add(o);
    void also?.(o, line);
    if (!json) return undefined;
    pending += `${first ? '' : ','}\n${JSON.stringify(o)}`;
    first = false;
    if (pending.length < OUTPUT_BATCH) return undefined;
    const out = io.out(pending);
    pending = '';
    return out;
  };
  for (const file of files) {
    try {
      await (file === '-' ? scanStream('<stdin>', io.stdin, index, onOccurrence) : scanFile(file, index, onOccurrence));
    } catch (err) {
      failed = true;
      io.err(`paycodes: ${file}: ${err instanceof BinaryInputError ? 'binary file, skipped' : describeError(err)}\n`);
    }
  }
  if (json) await io.out(`${pending}\n],"summary":${JSON.stringify(summary.toArray())}}\n`);
  else await io.out(table(summary.toArray()));
  return failed ? 2 : 0;
}

function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message.split('\n')[0];
}

function table(rows: SummaryRow[]): string {
  if (rows.length === 0) return 'no payment codes found\n';
  const header = ['CODE', 'PROVIDER', 'OUTCOME', 'COUNT'];
  const cells = rows.map((r) => [r.code, r.provider, r.outcome, String(r.count)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 3 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  const total = rows.reduce((n, r) => n + r.count, 0);
  return [line(header), ...cells.map(line), `${total} occurrence${total === 1 ? '' : 's'} of ${rows.length} code${rows.length === 1 ? '' : 's'}`].join('\n') + '\n';
}
