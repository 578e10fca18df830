// The detector runs on every hover and every log line: no input may make it throw or take unbounded time.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import type { DetectOptions } from '../../../server/src/detect/findCodes';
import { fixturesDir } from '../../paths';
import { switchFixtures } from '../syntax/syntaxHelpers';
import { BoundedDetector } from './boundedDetector';
import { drain } from './drain';
import { bundledIndex, fuzzParameters, mutations, mutate, tokenSoup } from './fuzz';

/** A generous bound for a megabyte, against hangs: the detector reads a line prefix, never more. */
const MEGABYTE_BOUND_MS = 2000;

function megabyte(unit: string): string {
  const text = unit || 'x';
  return text.repeat(Math.ceil(1_000_000 / text.length)).slice(0, 1_000_000);
}

describe('robustness: the detector', () => {
  const index = bundledIndex();
  const modes: DetectOptions[] = [{ index, log: false }, { index, log: true, fileProviders: ['doku'], preferredProviders: ['portone'] }];
  const sources = [
    ...switchFixtures().map((f) => f.text),
    readFileSync(path.join(fixturesDir, 'protocol', 'gateway.log'), 'utf8'),
    readFileSync(path.join(fixturesDir, 'protocol', 'AlipayResultHandler.java'), 'utf8'),
  ];
  const bounded = new BoundedDetector();
  after(() => bounded.close());

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), fc.constantFrom(...modes), (text, opts) => {
        drain(text, opts);
      }),
      fuzzParameters(7101, 300),
    );
  });

  it('never throws on random bytes read as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom(...modes), (bytes, opts) => {
        drain(Buffer.from(bytes).toString('utf8'), opts);
      }),
      fuzzParameters(7102, 200),
    );
  });

  it('never throws on code-shaped token soup and mutated sources and logs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), mutations, tokenSoup, fc.constantFrom(...modes), (source, ms, soup, opts) => {
        drain(mutate(source, ms) + soup, opts);
      }),
      fuzzParameters(7103, 300),
    );
  });

  it('reads a megabyte of one code repeated on a single line in bounded time', async () => {
    for (const unit of ['"SYSTEM_BUSY" ', '{"05": 1, ']) {
      for (const log of [false, true]) {
        await bounded.run({ text: megabyte(unit), log }, MEGABYTE_BOUND_MS, `${JSON.stringify(unit)} × 1 MB on one line (log: ${log})`);
      }
    }
  });

  it('reads a megabyte of soup, sources or logs, on one line or many, in bounded time', async () => {
    const chunk = fc.oneof(tokenSoup, fc.constantFrom(...sources).chain((s) => mutations.map((ms) => mutate(s, ms))));
    await fc.assert(
      fc.asyncProperty(chunk, fc.boolean(), fc.boolean(), async (text, oneLine, log) => {
        const unit = oneLine ? text.replace(/\r?\n/g, ' ') : text;
        await bounded.run({ text: megabyte(unit), log }, MEGABYTE_BOUND_MS, `1 MB on ${oneLine ? 'one line' : 'many lines'}`);
      }),
      fuzzParameters(7104, 10),
    );
  });
});
