// `paycodes scan` with worker threads must print exactly what one thread prints: the same occurrences, lines
// and order, whatever cuts the input into blocks (a code or a multi-byte character split by a read, a block
// of a few lines) and whichever worker finishes first; gzip input reads as its plain text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { scan, type ScanOptions } from '../../server/src/cli/scan';
import type { Io } from '../../server/src/cli/io';
import { scanFile, scanStream, type ScanOccurrence } from '../../server/src/scan/logScan';
import { distDir } from '../paths';
import { withTempDir } from '../tempDir';
import { corpus, cut } from './logCorpus';
import { miniIndex } from './miniIndex';

const index = miniIndex();
const script = path.join(distDir, 'scanWorker.js');

interface Printed {
  json: { occurrences: ScanOccurrence[]; summary: unknown[] };
  text: string;
  err: string;
  status: number;
}

async function cli(paths: string[], opts: Partial<ScanOptions> & { workers: number; stdin?: Buffer[] }): Promise<Printed> {
  let text = '';
  let err = '';
  const io: Io = {
    out: async (t) => {
      text += typeof t === 'string' ? t : Buffer.from(t).toString('utf8');
    },
    err: (t) => {
      err += t;
    },
    stdin: Readable.from(opts.stdin ?? []),
  };
  const status = await scan(io, index, paths, {
    json: true, window: {}, excluded: () => false, ...opts,
    pool: { script, workers: opts.workers, inlineBytes: 0 },
  });
  return { json: JSON.parse(text), text, err, status };
}

/** The single-threaded scan, as the language server runs it: the reference. */
async function reference(file: string, read: (onOccurrence: (o: ScanOccurrence) => void) => Promise<void>): Promise<string[]> {
  const found: ScanOccurrence[] = [];
  await read((o) => void found.push(o));
  return found.map((o) => JSON.stringify({ ...o, file }));
}

const asLines = (p: Printed) => p.json.occurrences.map((o) => JSON.stringify(o));

describe('parallel log scan', () => {
  const bytes = Buffer.from(corpus(11, 3000));

  it('finds in a file exactly what one thread finds, with blocks that cut the file every few lines', async () => {
    await withTempDir('paycodes-scan-', async (dir) => {
      const file = path.join(dir, 'app.log');
      fs.writeFileSync(file, bytes);
      const want = await reference(file, (on) => scanFile(file, index, on));
      assert.ok(want.length > 500, `the corpus holds codes (${want.length})`);
      const single = await cli([file], { workers: 0 });
      assert.deepEqual(asLines(single), want);
      for (const blockBytes of [1, 97, 4096]) {
        const parallel = await cli([file], { workers: 2, blockBytes });
        assert.equal(parallel.text, single.text, `blocks of ${blockBytes} bytes`);
      }
    });
  });

  it('finds what one thread finds in a file whose 1 MB reads cut a code and a multi-byte character', async () => {
    // The file is read 1 MB at a time: a code straddles the first boundary, an `é` the second.
    const MB = 1 << 20;
    const parts = [bytes.subarray(0, bytes.lastIndexOf(10, MB / 2) + 1)];
    const line = (text: string) => parts.push(Buffer.from(text));
    const pad = (until: number) => {
      const used = parts.reduce((n, p) => n + p.length, 0);
      line(`${'x'.repeat(until - used - 1)}\n`);
    };
    pad(MB - 16);
    line('responseCode=4034314 rc=05 "resultCode":"SYSTEM_BUSY"\n');
    parts.push(bytes);
    pad(2 * MB - 31);
    line(`${'é'.repeat(20)} {"resultCode":"SYSTEM_BUSY"}\n`);
    parts.push(bytes);
    const text = Buffer.concat(parts);
    assert.equal(text.toString('latin1', MB - 3, MB), '403', 'a code across the first boundary');
    assert.equal(text[2 * MB - 1], 0xc3, 'an é across the second boundary');
    await withTempDir('paycodes-scan-', async (dir) => {
      const file = path.join(dir, 'app.log');
      fs.writeFileSync(file, text);
      const want = await reference(file, (on) => scanFile(file, index, on));
      assert.ok(want.some((o) => o.includes('"line":') && o.includes('4034314')));
      assert.deepEqual(asLines(await cli([file], { workers: 2, blockBytes: 64 * 1024 })), want);
    });
  });

  it('finds on standard input what one thread finds, when reads cut codes and multi-byte characters', async () => {
    const want = await reference('-', (on) => scanStream('-', Readable.from(cut(bytes, 5, 13)), index, on));
    for (const [seed, max] of [[3, 1], [4, 7], [6, 300]]) {
      const parallel = await cli(['-'], { workers: 3, blockBytes: 50, stdin: cut(bytes, seed, max) });
      assert.deepEqual(asLines(parallel), want, `reads of up to ${max} bytes`);
    }
  });

  it('reads gzip as its plain text, from a file and from standard input', async () => {
    await withTempDir('paycodes-scan-', async (dir) => {
      const plain = path.join(dir, 'app.log');
      const gz = path.join(dir, 'app.log.1.gz');
      fs.writeFileSync(plain, bytes);
      fs.writeFileSync(gz, zlib.gzipSync(bytes));
      const want = asLines(await cli([plain], { workers: 0 })).map((l) => l.replace(JSON.stringify(plain), JSON.stringify(gz)));
      assert.deepEqual(asLines(await cli([gz], { workers: 2, blockBytes: 500 })), want);
      const piped = await cli(['-'], { workers: 2, stdin: cut(zlib.gzipSync(bytes), 8, 50) });
      assert.deepEqual(asLines(piped), want.map((l) => l.replace(JSON.stringify(gz), '"-"')));
    });
  });

  it('reports a broken gzip file in one line and scans the other inputs', async () => {
    await withTempDir('paycodes-scan-', async (dir) => {
      const broken = path.join(dir, 'old.log.gz');
      const good = path.join(dir, 'app.log');
      fs.writeFileSync(broken, zlib.gzipSync(bytes).subarray(0, 4000));
      fs.writeFileSync(good, 'responseCode=4034314\n');
      const r = await cli([broken, good], { workers: 2, blockBytes: 100 });
      assert.equal(r.status, 2);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, new RegExp(`^paycodes: ${broken.replace(/[.]/g, '\\.')}: `));
      assert.deepEqual(r.json.occurrences.filter((o) => o.file === good).map((o) => o.code), ['4034314']);
    });
  });
});
