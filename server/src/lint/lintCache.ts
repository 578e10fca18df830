// `paycodes lint --cache`: a source's findings kept from one run to the next while its content, PayCodes'
// build, the catalogs and the settings stay the same, as ESLint's `--cache-strategy content` does. A source
// is then read and hashed, never parsed. Its findings depend on nothing else: every rule reads one file.
//
// The file names sources relative to the cache's own folder, so that a cache restored into another checkout
// (a CI runner's) still applies. A file at the cache's place that is not one (a mistyped --cache-location
// naming a log) is said in one line and left as it is: the run goes on without a cache.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintFinding } from './lintFiles';

/** The cache file ESLint users expect beside `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.paycodescache';

const FORMAT = 1;
/** How every cache file starts (`save` writes this member first): anything else is not one, read no further. */
const HEAD = `{"paycodesLintCache":${FORMAT},`;

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

/** What the cache's findings were computed with: a change to any of it makes every entry stale. */
export function cacheKey(parts: unknown): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}

function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

function isCacheFile(value: unknown): value is CacheFile {
  const v = value as CacheFile | null;
  return typeof v === 'object' && v !== null && v.paycodesLintCache === FORMAT && typeof v.key === 'string' && typeof v.files === 'object' && v.files !== null;
}

function startsAsCache(file: string): boolean {
  const head = Buffer.alloc(HEAD.length);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === HEAD;
  } finally {
    fs.closeSync(fd);
  }
}

/** `--cache-location`: a file, or a folder to keep `.paycodescache` in, as ESLint takes it. */
export function cacheFileAt(location: string): string {
  return fs.statSync(location, { throwIfNoEntry: false })?.isDirectory() ? path.join(location, DEFAULT_CACHE_FILE) : location;
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
    if (entry?.sha1 !== sha1 || !Array.isArray(entry.findings)) return { sha1 };
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
    const temporary = `${this.file}.${process.pid}.tmp`;
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
      parsed = startsAsCache(this.file) ? JSON.parse(fs.readFileSync(this.file, 'utf8')) : undefined;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new Map();
      if (code !== undefined) return this.unusable(`cannot read it (${code})`);
    }
    if (!isCacheFile(parsed)) return this.unusable('it is not a PayCodes lint cache');
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
