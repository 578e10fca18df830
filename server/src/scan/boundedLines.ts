// The lines of a stream, in blocks of whole lines, with a cap on each line's length: a 10 GB file with no
// newline (or a binary one) must cost constant memory, so the tail of an overlong line is dropped, not
// buffered. Blocks are the stream's own chunks, not copies: a line is decoded only if someone needs it.
import * as fs from 'node:fs';

export class BinaryInputError extends Error {}

/** Only the first stretch of each stream is sniffed for NUL bytes, as `grep -I` does. */
const SNIFF_BYTES = 8000;

/** Bytes [from, to) of `buf` are whole lines; `to` is just past a newline, or the end of the input. */
export interface LineBlock {
  buf: Buffer;
  from: number;
  to: number;
}

/**
 * Lines longer than `maxLineBytes` keep only their first `maxLineBytes` bytes. A block is valid until the
 * next one is asked for: its buffer may be reused for the next chunk.
 */
export async function* lineBlocks(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<LineBlock> {
  // The start of a line that began in an earlier chunk, at most maxLineBytes of it.
  let carry: Buffer | undefined;
  let sniffed = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (sniffed < SNIFF_BYTES) {
      if (bytes.subarray(0, SNIFF_BYTES - sniffed).includes(0)) throw new BinaryInputError('binary file');
      sniffed += bytes.length;
    }
    const first = bytes.indexOf(0x0a);
    if (first < 0) {
      carry = capped(carry, bytes, maxLineBytes);
      continue;
    }
    let from = 0;
    if (carry) {
      const line = capped(carry, bytes.subarray(0, first), maxLineBytes);
      carry = undefined;
      yield { buf: line, from: 0, to: line.length };
      from = first + 1;
    }
    const last = bytes.lastIndexOf(0x0a);
    if (last >= from) yield { buf: bytes, from, to: last + 1 };
    if (last + 1 < bytes.length) carry = capped(undefined, bytes.subarray(last + 1), maxLineBytes);
  }
  if (carry && carry.length > 0) yield { buf: carry, from: 0, to: carry.length };
}

/** `head` followed by as much of `tail` as fits in `max` bytes, copied out of the stream's chunk. */
function capped(head: Buffer | undefined, tail: Buffer, max: number): Buffer {
  const room = max - (head?.length ?? 0);
  if (room <= 0) return head!;
  const taken = tail.subarray(0, room);
  return head ? Buffer.concat([head, taken]) : Buffer.from(taken);
}

/**
 * A file's bytes in chunks read into one buffer, reused: the same few megabytes of memory whatever the
 * file's size, where a read stream allocates a new buffer per chunk and leaves them to the collector.
 */
export async function* fileChunks(file: string, chunkBytes = 1 << 20): AsyncGenerator<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
