// Temporary folders for tests, removed when the test is over whether it passed or failed: a suite run must
// leave nothing behind in the system's temp folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Runs `use` with a fresh folder `<tmp>/<prefix>XXXXXX`, then removes the folder and all it holds. */
export async function withTempDir<T>(prefix: string, use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A folder made before each test of the calling suite and removed after it, failed or not. */
export function tempDirEachTest(prefix: string): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => dir!;
}
