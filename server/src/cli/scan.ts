// `paycodes scan <files or folders…|->`: codes found in logs. Folders are searched recursively (honouring
// .gitignore and the settings' exclude; their source files are lint's), gzip is inflated, and the bytes are
// cut into blocks of whole lines that worker threads scan in parallel; results are printed in input order,
// so the output is the same whatever the number of workers.
import * as fs from 'node:fs';
import type { CodeIndex } from '../catalog/codeIndex';
import { walkFiles, type Excluded } from '../files/walkFiles';
import { isLintCache } from '../lint/cacheHead';
import { sourceLanguage } from '../lint/sourceLanguage';
import { BinaryInputError } from '../scan/boundedLines';
import type { TimeWindow } from '../scan/leadingTime';
import { fileBytes, lineBatches, streamBytes } from '../scan/logInput';
import { logEvidence, ScanSummary, type SummaryRow } from '../scan/logScan';
import { linesIn, type BlockResult } from '../scan/scanBlock';
import { scanPool, type ScanPoolOptions } from '../scan/scanPool';
import type { Io } from './io';

/** Bytes of whole lines per block a worker scans. */
const BLOCK_BYTES = 1024 * 1024;

export interface ScanOptions {
  json: boolean;
  window: TimeWindow;
  excluded: Excluded;
  pool: ScanPoolOptions;
  /** Block size; tests make it small so that blocks cut every kind of line. */
  blockBytes?: number;
  /** The settings' `providers`: evidence for their short codes and names in every log. */
  providers?: readonly string[];
}

export interface Input {
  name: string;
  /** Found by walking a folder: a binary file there is skipped without a word, as ripgrep does. */
  walked: boolean;
  /** Why it cannot be read at all; reported in its turn, so that messages come in input order. */
  error?: unknown;
}

interface Pending {
  input: Input;
  result: Promise<BlockResult>;
}

export async function scan(io: Io, index: CodeIndex, paths: string[], opts: ScanOptions): Promise<number> {
  const summary = new ScanSummary();
  const pool = scanPool(index, opts.pool);
  let failed = false;
  const report = (input: Input, err: unknown) => {
    if (input.walked && err instanceof BinaryInputError) return;
    failed = true;
    io.err(`paycodes: ${input.name}: ${err instanceof BinaryInputError ? 'binary file, skipped' : describeError(err)}\n`);
  };
  // The first occurrence printed goes without the comma that every block's JSON puts before each of its own.
  let first = true;
  // The file being printed, and whether it broke.
  let current: { input: Input; broken: boolean } | undefined;
  const print = async ({ input, result }: Pending) => {
    if (current?.input !== input) current = { input, broken: false };
    if (current.broken) return;
    let r: BlockResult;
    try {
      r = await result;
    } catch (err) {
      current.broken = true;
      report(input, err);
      return;
    }
    spare.push(Buffer.from(r.bytes.buffer, 0, r.bytes.buffer.byteLength));
    for (const row of r.summary) summary.merge(row);
    if (r.json.length === 0) return;
    await io.out(first ? r.json.subarray(1) : r.json);
    first = false;
  };
  const queue: Pending[] = [];
  // Blocks scanned come back to be filled again: the scan's memory is the blocks in flight, whatever the input's size.
  const spare: Buffer[] = [];
  const memory = (size: number) => {
    const i = spare.findIndex((b) => b.length >= size);
    return i >= 0 ? spare.splice(i, 1)[0] : Buffer.allocUnsafeSlow(size);
  };
  if (opts.json) await io.out('{"occurrences":[');
  try {
    for (const input of inputs(paths, opts.excluded)) {
      try {
        if (input.error) throw input.error;
        const bytes = input.name === '-' ? streamBytes(io.stdin) : fileBytes(input.name);
        // What the log's first block and its path say holds for all of it, as a file's head does in the editor.
        let evidence: ReturnType<typeof logEvidence> | undefined;
        let firstLine = 1;
        for await (const block of lineBatches(bytes, opts.blockBytes ?? BLOCK_BYTES, memory)) {
          const output = opts.json ? { file: input.name, firstLine } : undefined;
          firstLine += linesIn(block);
          evidence ??= logEvidence(index, input.name, block);
          queue.push({ input, result: awaitedLater(pool.run({ bytes: block, window: opts.window, output, providers: opts.providers, ...evidence, times: !opts.json }, [block.buffer as ArrayBuffer])) });
          while (queue.length > pool.capacity) await print(queue.shift()!);
        }
      } catch (err) {
        // Blocks already read are printed; the rest of this input is lost, the other inputs are not.
        queue.push({ input, result: awaitedLater(Promise.reject(err)) });
      }
    }
    while (queue.length > 0) await print(queue.shift()!);
  } finally {
    await pool.close();
  }
  const rows = summary.toArray();
  if (opts.json) await io.out(`\n],"summary":${JSON.stringify(rows.map(({ code, provider, outcome, count }) => ({ code, provider, outcome, count })))}}\n`);
  else await io.out(table(rows));
  return failed ? 2 : 0;
}

/** A result printed after the blocks before it: its failure is handled then, not reported as unhandled now. */
function awaitedLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * `-`, the files named, and the files below the folders named, in order. A folder's source files (what
 * `paycodes lint` reads) are left out: a line of code read alone, as a log line is, has lost the file that
 * says whose codes it holds (an SDK throwing its own `INVALID_SIGNATURE` is not Alipay+ answering), and lint
 * and the editor read it with that file. A source file named on the command line is scanned as asked.
 */
export function* inputs(paths: readonly string[], excluded: Excluded): Generator<Input> {
  for (const given of paths) {
    if (given === '-') {
      yield { name: '-', walked: false };
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (err) {
      yield { name: given, walked: false, error: err };
      continue;
    }
    if (!stat.isDirectory()) {
      yield { name: given, walked: false };
      continue;
    }
    // A lint cache is told by its first bytes: only files that are not ignored are opened for that.
    const walked = walkFiles([given], (file) => sourceLanguage(file) === undefined, () => undefined, excluded);
    yield* [...walked].filter((file) => !isLintCache(file)).map((file) => ({ name: file, walked: true }));
  }
}

function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR') return `broken gzip data (${e.message.split('\n')[0]})`;
  return e.message.split('\n')[0];
}

function table(rows: SummaryRow[]): string {
  if (rows.length === 0) return 'no payment codes found\n';
  const header = ['CODE', 'PROVIDER', 'OUTCOME', 'COUNT', 'FIRST SEEN', 'LAST SEEN'];
  const cells = rows.map((r) => [r.code, r.provider, r.outcome, String(r.count), r.first?.text ?? '-', r.last?.text ?? '-']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 3 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  const total = rows.reduce((n, r) => n + r.count, 0);
  return [line(header), ...cells.map(line), `${total} occurrence${total === 1 ? '' : 's'} of ${rows.length} code${rows.length === 1 ? '' : 's'}`].join('\n') + '\n';
}
