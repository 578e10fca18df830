// `paycodes lint <paths…>`: the editor's rules over files on disk, as text (ESLint stylish), JSON or SARIF.
// A source is read once here; one with no catalog code in it (the log scan's byte prefilter) is never parsed,
// since a switch over codes has a code among its labels, unless it slices a code for its HTTP part. The
// others are parsed here, or by worker threads once there are enough of them (lintPool.ts); with `--cache`,
// only those whose content changed since the cache was written. Findings are gathered in file order, so the
// output is the same whatever the number of workers.
import type { CodeIndex } from '../catalog/codeIndex';
import { walkFiles, type Excluded } from '../files/walkFiles';
import { formatSarif } from '../lint/formatSarif';
import { formatText } from '../lint/formatText';
import { cacheFileAt, cacheKey, LintCache } from '../lint/lintCache';
import { batchSyntaxService, readSource, type LintFinding, type LintNote } from '../lint/lintFiles';
import { lintPool, type LintPoolOptions, type LintResult } from '../lint/lintPool';
import { checksCodePrefix } from '../lint/prefixCheckShape';
import { sourceLanguage } from '../lint/sourceLanguage';
import { codeMatcher } from '../scan/codeMatcher';
import type { Settings } from '../settings/settings';
import type { SyntaxService } from '../syntax/syntaxService';
import { VERSION } from '../version';
import { UsageError, type Io } from './io';
import { findingsExitCode } from './maxWarnings';

export type LintFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif'];

export function lintFormat(value: string | undefined): LintFormat {
  const format = (value ?? 'text') as LintFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
  return format;
}

export interface LintOptions {
  format: LintFormat;
  excluded: Excluded;
  pool: LintPoolOptions;
  /** The grammars (dist/wasm). */
  wasmDir: string;
  /** `--max-warnings N`: more warnings than this fail the run; undefined: any warning does. */
  maxWarnings?: number;
  /** `--cache [--cache-location FILE]`: each source's findings kept while it does not change. */
  cache?: { location?: string };
}

/**
 * The cache of a run: findings hold while this build (this bundle and the worker's), these catalogs and these
 * settings do. A catalog counts by its content, not where it lies: a checkout elsewhere keeps the cache.
 */
function openCache(location: string | undefined, index: CodeIndex, settings: Settings, workerScript: string, io: Io): LintCache {
  const file = cacheFileAt(location);
  const catalogs = index.catalogs.map(({ origin, catalog }) => ({ origin, catalog }));
  const key = cacheKey({ version: VERSION, settings, catalogs }, [__filename, workerScript]);
  return new LintCache(file, key, (message) => io.err(`paycodes: ${file}: ${message}\n`));
}

export async function lint(io: Io, index: CodeIndex, settings: Settings, paths: string[], opts: LintOptions): Promise<number> {
  let failed = false;
  // Larger sources are generated or vendored, not code anyone reviews: the editor's `maxFileSize`, in bytes on disk.
  const maxBytes = settings.maxFileSize;
  const wasmDir = opts.wasmDir;
  let syntax: SyntaxService | undefined;
  const pool = lintPool(index, { rules: settings.rules, providers: settings.providers, maxBytes }, wasmDir, () => (syntax ??= batchSyntaxService(wasmDir, maxBytes)), opts.pool);
  const matcher = codeMatcher(index);
  const cache = opts.cache && openCache(opts.cache.location, index, settings, opts.pool.script, io);
  const findings: LintFinding[] = [];
  const report = (r: LintResult) => {
    findings.push(...r.findings);
    for (const n of r.notes) note(n);
  };
  const note = (n: LintNote) => {
    failed ||= n.error;
    io.err(`paycodes: ${n.file}: ${n.message}\n`);
  };
  const queue: Promise<LintResult>[] = [];
  const files = walkFiles(paths, (f) => sourceLanguage(f) !== undefined, (p) => {
    failed = true;
    io.err(`paycodes: ${p.file}: ${p.message}\n`);
  }, opts.excluded);
  try {
    for (const file of files) {
      const notes: LintNote[] = [];
      const bytes = readSource(file, maxBytes, (n) => notes.push(n));
      if (!bytes || !(matcher.mentionsCode(bytes) || checksCodePrefix(bytes))) {
        // Said in its turn, after the notes of the files before it.
        if (notes.length > 0) queue.push(Promise.resolve({ findings: [], notes }));
      } else if (!cache) {
        queue.push(pool.run({ file, bytes }));
      } else {
        const { sha1, findings: kept } = cache.lookup(file, bytes);
        queue.push(kept ? Promise.resolve({ findings: kept, notes }) : pool.run({ file, bytes }).then((r) => {
          // A source that could not be analysed is tried again next time.
          if (r.notes.length === 0) cache.store(file, sha1, r.findings);
          return r;
        }));
      }
      while (queue.length > pool.capacity) report(await queue.shift()!);
    }
    while (queue.length > 0) report(await queue.shift()!);
  } finally {
    await pool.close();
  }
  cache?.save();
  if (opts.format === 'json') await io.out(JSON.stringify({ findings }, null, 2) + '\n');
  else if (opts.format === 'sarif') await io.out(formatSarif(findings, process.cwd(), VERSION));
  else await io.out(formatText(findings));
  if (failed) return 2;
  return findingsExitCode(findings, opts.maxWarnings, io.err);
}
