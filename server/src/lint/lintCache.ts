// `paycodes lint --cache`: a source's findings kept from one run to the next while its content, PayCodes'
// build, the catalogs and the settings stay the same, as ESLint's `--cache-strategy content` does. A source
// is then read and hashed, never parsed. Its findings depend on nothing else: every rule reads one file.
//
// The file names sources relative to the cache's own folder, so that a cache restored into another checkout
// (a CI runner's) still applies. A file at the cache's place that is not one (a mistyped --cache-location
// naming a log) is said in one line and left as it is: the run goes on without a cache.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CACHE_FORMAT as FORMAT, sniffCache } from './cacheHead';
import type { LintFinding } from './lintFiles';

/** The cache file ESLint users expect beside `.eslintcache`. */
const DEFAULT_CACHE_FILE = '.paycodescache';

/** A finding as kept: where it is printed depends on the folder lint runs from. */
type KeptFinding = Omit<LintFinding, 'file'>;

interface Entry {
  sha1: string;
  findings: KeptFinding[];
}

interface CacheFile {
  paycodesLintCache: number;
  key: string;
  files: Record<string, Entry>;
}

/**
 * What the cache's findings were computed with: a change to any of it makes every entry stale. `files` are
 * read whole (PayCodes' own bundles: an npm install gives every file the same date, so a date tells nothing).
 */
export function cacheKey(parts: unknown, files: readonly string[]): string {
  const hash = createHash('sha1').update(JSON.stringify(parts));
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

function isCacheFile(value: unknown): value is CacheFile {
  const v = value as CacheFile | null;
  return typeof v === 'object' && v !== null && v.paycodesLintCache === FORMAT && typeof v.key === 'string' && typeof v.files === 'object' && v.files !== null;
}

const NUMBERS = ['line', 'column', 'endLine', 'endColumn'] as const;
const STRINGS = ['severity', 'rule', 'message'] as const;

/** A kept finding as `store` writes it: anything else in an entry makes the entry a miss. */
function isKeptFinding(value: unknown): value is KeptFinding {
  const f = value as Record<string, unknown> | null;
  return typeof f === 'object' && f !== null && !('file' in f) && NUMBERS.every((k) => Number.isInteger(f[k])) && STRINGS.every((k) => typeof f[k] === 'string') &&
    Array.isArray(f.codes) && f.codes.every((c) => typeof c === 'string');
}

/** `--cache-location` (or none): a file, or a folder to keep `.paycodescache` in, as ESLint takes it. */
export function cacheFileAt(location = '.'): string {
  try {
    return fs.statSync(location).isDirectory() ? path.join(location, DEFAULT_CACHE_FILE) : location;
  } catch {
    // Not there yet, or not reachable: reading it says which, in one line.
    return location;
  }
}

export class LintCache {
  private readonly kept: Map<string, Entry>;
  private readonly fresh = new Map<string, Entry>();
  private readonly base: string;
  private changed = false;
  /** False when what lies at the cache's place is not a cache: it is never overwritten. */
  private writable = true;

  /** `onProblem` hears, in one line, why the cache file could not be read or written. */
  constructor(private readonly file: string, private readonly key: string, private readonly onProblem: (message: string) => void) {
    this.base = path.dirname(path.resolve(file));
    this.kept = this.read();
  }

  /** The source's findings from an earlier run, when its content is the same; `sha1` is for `store`. */
  lookup(source: string, bytes: Uint8Array): { sha1: string; findings?: LintFinding[] } {
    const sha1 = contentHash(bytes);
    const name = this.nameOf(source);
    const entry = this.kept.get(name);
    if (entry?.sha1 !== sha1 || !Array.isArray(entry.findings) || !entry.findings.every(isKeptFinding)) return { sha1 };
    this.fresh.set(name, entry);
    return { sha1, findings: entry.findings.map((f) => ({ file: source, ...f })) };
  }

  store(source: string, sha1: string, findings: readonly LintFinding[]): void {
    this.fresh.set(this.nameOf(source), { sha1, findings: findings.map(({ file: _, ...kept }) => kept) });
    this.changed = true;
  }

  /**
   * Writes the sources of this run, and those of earlier runs over other folders while they still exist,
   * through a temporary file: a run stopped halfway leaves the previous cache whole.
   */
  save(): void {
    const files = new Map([...this.kept].filter(([name]) => !this.fresh.has(name) && fs.existsSync(path.join(this.base, name))));
    for (const [name, entry] of this.fresh) files.set(name, entry);
    // Without a store, every name here was already kept: the same count means the same cache.
    if (!this.writable || (!this.changed && files.size === this.kept.size)) return;
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(temporary, JSON.stringify({ paycodesLintCache: FORMAT, key: this.key, files: Object.fromEntries(files) } satisfies CacheFile));
      fs.renameSync(temporary, this.file);
    } catch (err) {
      fs.rmSync(temporary, { force: true });
      this.onProblem(`cannot write the cache: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  private nameOf(source: string): string {
    return path.relative(this.base, path.resolve(source)).split(path.sep).join('/');
  }

  /** The entries of a readable cache made with the same key; otherwise none, and the file is to be written anew. */
  private read(): Map<string, Entry> {
    this.changed = true;
    let parsed: unknown;
    try {
      const found = sniffCache(this.file);
      if (found === 'none') return new Map();
      if (found === 'other') return this.unusable('it is not a PayCodes lint cache');
      parsed = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== undefined) return this.unusable(`cannot read it (${code})`);
    }
    // Cut short or edited by hand: it was a cache, so writing a new one loses nothing.
    if (!isCacheFile(parsed)) {
      this.onProblem('the cache is damaged; every source is linted again and it is written anew');
      return new Map();
    }
    // Another build, other catalogs or settings: nothing in it holds, and that is no problem to report.
    if (parsed.key !== this.key) return new Map();
    this.changed = false;
    return new Map(Object.entries(parsed.files));
  }

  private unusable(why: string): Map<string, Entry> {
    this.writable = false;
    this.onProblem(`${why}; linted without a cache, and the file is left as it is`);
    return new Map();
  }
}
