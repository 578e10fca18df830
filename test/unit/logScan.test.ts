// The log scan reads bytes and hands only candidate lines to the detector: it must find exactly what the
// detector finds on every line, however the input is cut into chunks.
import { strict as assert } from 'node:assert';
import { Readable } from 'node:stream';
import { codesInLine, codesInText, MAX_LINE_SCAN } from '../../server/src/detect/findCodes';
import { BinaryInputError } from '../../server/src/scan/boundedLines';
import { CodeMatcher, wordsAsOffsets } from '../../server/src/scan/codeMatcher';
import { scanStream, type ScanOccurrence } from '../../server/src/scan/logScan';
import { candidateLinesOfText } from '../../server/src/scan/textCandidates';
import { corpus, cut } from './logCorpus';
import { miniIndex } from './miniIndex';

const index = miniIndex();

/** The detector on every line, as the scan did before it read bytes: the reference. */
function everyLine(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.flatMap((raw, i) => {
    let line = raw.slice(0, MAX_LINE_SCAN);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    return codesInLine([line], 0, { index, log: true }).map((o) => `${i + 1}:${o.start + 1}:${o.code}:${o.entries[0].provider}`);
  });
}

async function scanned(chunks: (string | Buffer)[]): Promise<string[]> {
  const found: string[] = [];
  await scanStream('t.log', Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), index, (o: ScanOccurrence) => {
    found.push(`${o.line}:${o.column}:${o.code}:${o.provider}`);
  });
  return found;
}

describe('log scan', () => {
  it('finds what the detector finds on every line, on a corpus of codes, decoys and glue', async () => {
    const text = corpus(1, 3000);
    const want = everyLine(text);
    assert.ok(want.length > 500, `the corpus holds codes (${want.length})`);
    assert.deepEqual(await scanned([text]), want);
  });

  it('finds the same whatever the chunking, multi-byte characters cut in two included', async () => {
    const bytes = Buffer.from(corpus(2, 800));
    const want = everyLine(bytes.toString('utf8'));
    for (const [seed, max] of [[3, 1], [4, 7], [5, 64], [6, 4096]]) assert.deepEqual(await scanned(cut(bytes, seed, max)), want, `chunks up to ${max}`);
  });

  it('reads a last line without a newline, ending on a code', async () => {
    assert.deepEqual(await scanned(['x\nresponseCode=4034', '314']), ['2:14:4034314:doku']);
  });

  it('reads only the start of an overlong line, and the lines after it', async () => {
    const long = `"resultCode":"SYSTEM_BUSY" ${'é'.repeat(MAX_LINE_SCAN)} "resultCode":"SYSTEM_BUSY"`;
    const text = `${long}\nresponseCode=4034314\n`;
    assert.deepEqual(await scanned(cut(Buffer.from(text), 7, 9000)), ['1:15:SYSTEM_BUSY:alipayplus', '2:14:4034314:doku']);
    assert.deepEqual(await scanned([text]), everyLine(text));
  });

  it("takes the settings' providers, as paycodes scan does: a bare name of words needs one", async () => {
    const text = '2024-03-14T09:00:01Z WARN pay retry after SYSTEM_BUSY\n';
    const found = async (providers?: readonly string[]) => {
      const out: string[] = [];
      await scanStream('t.log', Readable.from([Buffer.from(text)]), index, (o: ScanOccurrence) => {
        out.push(`${o.line}:${o.code}:${o.provider}`);
      }, providers);
      return out;
    };
    assert.deepEqual(await found(), []);
    assert.deepEqual(await found(['alipayplus']), ['1:SYSTEM_BUSY:alipayplus']);
  });

  it('skips a binary stream', async () => {
    await assert.rejects(scanned([Buffer.from([0x7f, 0x45, 0, 1, 0x0a])]), BinaryInputError);
  });
});

describe('code matcher', () => {
  const matcher = new CodeMatcher(['SYSTEM_BUSY', '05', '4034314', 'a-b']);
  const candidates = (text: string) => {
    const bytes = Buffer.from(text);
    const lines: string[] = [];
    const count = matcher.candidateLines(bytes, 0, bytes.length, 0, 1000, (s, e, n) => lines.push(`${n}:${bytes.toString('utf8', s, e)}`));
    return { lines, count };
  };

  it('takes a line with a whole word that is a code, not glued into a number', () => {
    assert.deepEqual(candidates('a SYSTEM_BUSY b\nSYSTEM_BUSYX\nrc=05\n2024-05-01\n4034314.5\nv4034314\n').lines, ['0:a SYSTEM_BUSY b', '2:rc=05']);
  });

  it('counts every line, the last one without a newline too', () => {
    assert.equal(candidates('a\nb\nc').count, 3);
    assert.equal(candidates('a\nb\n').count, 2);
    assert.deepEqual(candidates('x\ny 05').lines, ['1:y 05']);
  });

  it('takes every line longer than the detector reads whole', () => {
    assert.deepEqual(candidates(`${'x'.repeat(1001)}\nshort\n`).lines.map((l) => l.length), [1003]);
  });
});

describe('candidate lines of a document held as text', () => {
  it('lead the detector to every occurrence it finds reading every line, whatever the slices', () => {
    const lines = `${corpus(21, 1500)}${'é'.repeat(MAX_LINE_SCAN + 10)} rc=05\r\n"resultCode":"SYSTEM_BUSY"`.split(/\r?\n/);
    const opts = { index, log: true };
    const want = [...codesInText(lines, opts)].map((o) => `${o.line}:${o.start}:${o.code}`);
    assert.ok(want.length > 300, `the corpus holds codes (${want.length})`);
    // The detector reads the prefilter's words where their byte offsets are the line's character offsets.
    for (const newline of ['\n', '\r\n']) {
      const text = lines.join(newline);
      for (const slice of [1, 50, 4096, 1 << 20]) {
        const found: string[] = [];
        candidateLinesOfText(index, text, (line, words, bytes) => {
          found.push(...codesInLine(lines, line, opts, wordsAsOffsets(words, bytes, lines[line].length)).map((o) => `${o.line}:${o.start}:${o.code}`));
        }, slice);
        assert.deepEqual(found, want, `slices of ${slice} characters, lines ending in ${JSON.stringify(newline)}`);
      }
    }
  });
});
