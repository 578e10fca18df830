// Lines of a stream with a cap on each line's length: a 10 GB file with no newline (or a binary one)
// must cost constant memory, so the tail of an overlong line is dropped, not buffered.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export class BinaryInputError extends Error {}

/** Only the first stretch of each stream is sniffed for NUL bytes, as `grep -I` does. */
const SNIFF_BYTES = 8000;

export async function* boundedLines(input: Readable, maxLine: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let overlong = false;
  let sniffed = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (sniffed < SNIFF_BYTES) {
      if (bytes.subarray(0, SNIFF_BYTES - sniffed).includes(0)) throw new BinaryInputError('binary file');
      sniffed += bytes.length;
    }
    const text = decoder.write(bytes);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const piece = text.slice(from, nl);
      yield trimCr(overlong ? pending : (pending + piece).slice(0, maxLine));
      pending = '';
      overlong = false;
      from = nl + 1;
    }
    if (!overlong) {
      pending += text.slice(from);
      if (pending.length > maxLine) {
        pending = pending.slice(0, maxLine);
        overlong = true;
      }
    }
  }
  const rest = overlong ? pending : pending + decoder.end();
  if (rest.length > 0) yield trimCr(rest);
}

function trimCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
