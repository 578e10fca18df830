// Where log bytes come from: a file on disk, read in place; a gzip file (a rotated log) or gzip bytes on
// standard input, inflated through zlib's streams; then cut into blocks of whole lines for the scan.
import * as fs from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { fileChunks, lineBlocks } from './boundedLines';
import { MAX_LINE_BYTES } from './logScan';

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function gunzip(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return pipeline(Readable.from(chunks), zlib.createGunzip(), () => undefined);
}

/** A file's bytes, inflated when it is gzip (whatever its name says). */
export function fileBytes(file: string): AsyncIterable<Buffer> {
  // A pipe (`paycodes scan <(zcat …)`) cannot be peeked at and read again: it is read as a stream.
  if (!fs.statSync(file).isFile()) return streamBytes(fs.createReadStream(file, { highWaterMark: 1 << 20 }));
  const head = Buffer.alloc(2);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 2, 0);
  } finally {
    fs.closeSync(fd);
  }
  // fileChunks reuses one buffer, which zlib may still be reading: a gzip file gets a stream of its own.
  return isGzip(head) ? gunzip(fs.createReadStream(file, { highWaterMark: 1 << 20 })) : fileChunks(file);
}

/** A stream's bytes (standard input), inflated when its first bytes are gzip's. */
export async function* streamBytes(input: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  }
  yield* isGzip(head) ? gunzip(all()) : all();
}

/** Where lineBatches gets the memory of a block: `size` bytes or more. */
export type BlockMemory = (size: number) => Buffer;

const freshMemory: BlockMemory = (size) => Buffer.allocUnsafeSlow(size);

/**
 * Blocks of about `blockBytes` of whole lines, each line ending in a newline (one is added to a last line
 * without one), overlong lines cut as lineBlocks cuts them. Each block owns its memory (from `memory`), so
 * that it can be handed to a worker thread without a copy.
 */
export async function* lineBatches(chunks: AsyncIterable<Buffer | string>, blockBytes: number, memory = freshMemory): AsyncGenerator<Uint8Array> {
  let batch: Buffer | undefined;
  let used = 0;
  for await (const block of lineBlocks(chunks, MAX_LINE_BYTES)) {
    const length = block.to - block.from;
    const newline = block.buf[block.to - 1] === 0x0a ? 0 : 1;
    if (batch && used + length + newline > batch.length) {
      yield batch.subarray(0, used);
      batch = undefined;
    }
    if (!batch) {
      batch = memory(Math.max(blockBytes, length + newline));
      used = 0;
    }
    block.buf.copy(batch, used, block.from, block.to);
    used += length;
    if (newline) batch[used++] = 0x0a;
  }
  if (batch && used > 0) yield batch.subarray(0, used);
}
