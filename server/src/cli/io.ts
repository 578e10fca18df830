// Where a CLI command writes. Output is awaited so that a command streaming millions of lines into a
// slow pipe holds constant memory instead of buffering it all.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

export interface Io {
  /** Text, or text already encoded in UTF-8. */
  out(text: string | Uint8Array): Promise<void>;
  err(text: string): void;
  stdin: Readable;
}

export function processIo(stdout: Writable = process.stdout, stderr: Writable = process.stderr, stdin: Readable = process.stdin): Io {
  return {
    out: async (text) => {
      if (!stdout.write(text)) await once(stdout, 'drain');
    },
    err: (text) => {
      stderr.write(text);
    },
    stdin,
  };
}

/** Bad flags or arguments: reported in one line with exit code 2. */
export class UsageError extends Error {}
