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

export function processIo(stdout: Writable = process.stdout, stderr: Writable = process.stderr, stdin?: Readable): Io {
  return {
    out: async (text) => {
      if (!stdout.write(text)) await once(stdout, 'drain');
    },
    err: (text) => {
      stderr.write(text);
    },
    // process.stdin is built on first use: building it cost every run that reads no input (explain, lint) ~5 ms.
    get stdin() {
      return stdin ?? process.stdin;
    },
  };
}

/** Bad flags or arguments: reported in one line with exit code 2. */
export class UsageError extends Error {
  /** Known by this mark, not by its class: each command's bundle has a copy of the class (cli/main.ts). */
  readonly usage = true;
}

export function isUsageError(err: unknown): boolean {
  return (err as { usage?: unknown } | null)?.usage === true;
}
