// How a lint cache file begins, so that what is not one is told from its first bytes: a log someone named
// as --cache-location is never read whole, and `paycodes scan` of a folder leaves a cache out (its findings
// name codes, which are not a log's).
import * as fs from 'node:fs';

export const CACHE_FORMAT = 1;
/** How every cache file starts (LintCache#save writes this member first). */
const HEAD = `{"paycodesLintCache":${CACHE_FORMAT},`;

/** What lies at the cache's place: a cache as `save` writes it, nothing (or an empty file), or anything else. */
export function sniffCache(file: string): 'cache' | 'none' | 'other' {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw err;
  }
  try {
    // A pipe or a device would block the run, or never end: only a regular file can be a cache.
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'other';
    if (stat.size === 0) return 'none';
    const head = Buffer.alloc(HEAD.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === HEAD ? 'cache' : 'other';
  } finally {
    fs.closeSync(fd);
  }
}

/** A file that is a lint cache; false when it cannot be read (whoever reads it says why). */
export function isLintCache(file: string): boolean {
  try {
    return sniffCache(file) === 'cache';
  } catch {
    return false;
  }
}
