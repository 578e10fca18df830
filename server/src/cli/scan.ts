// `paycodes scan <files…>`: codes found in logs, streamed; `-` reads standard input.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { CodeIndex } from '../catalog/codeIndex';
import { BinaryInputError } from '../scan/boundedLines';
import { ScanSummary, scanStream, type SummaryRow } from '../scan/logScan';
import type { Io } from './io';

export async function scan(io: Io, index: CodeIndex, files: string[], json: boolean): Promise<number> {
  const summary = new ScanSummary();
  let failed = false;
  let first = true;
  if (json) await io.out('{"occurrences":[');
  for (const file of files) {
    const input: Readable = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
    try {
      await scanStream(file === '-' ? '<stdin>' : file, input, index, async (o) => {
        summary.add(o);
        if (!json) return;
        await io.out(`${first ? '' : ','}\n${JSON.stringify(o)}`);
        first = false;
      });
    } catch (err) {
      failed = true;
      io.err(`paycodes: ${file}: ${err instanceof BinaryInputError ? 'binary file, skipped' : describeError(err)}\n`);
    }
  }
  if (json) await io.out(`\n],"summary":${JSON.stringify(summary.toArray())}}\n`);
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
