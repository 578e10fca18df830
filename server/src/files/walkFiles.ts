// The files under some paths that a predicate accepts, honouring every .gitignore on the way down, as git
// itself would: sources for `paycodes lint`, `*.paycodes.json` catalogs in a workspace. Named files are
// taken as they are; folders are walked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Rules {
  base: string;
  ig: Ignore;
}

/** Never worth walking, ignored or not. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WalkProblem {
  file: string;
  message: string;
}

/** Files and folders left out besides the ignored ones (the settings' `exclude`). */
export type Excluded = (file: string, isDir: boolean) => boolean;

export function* walkFiles(
  paths: readonly string[], accept: (file: string) => boolean, onProblem: (p: WalkProblem) => void, excluded: Excluded = () => false,
): Generator<string> {
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (err) {
      onProblem({ file: given, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message });
      continue;
    }
    if (stat.isDirectory()) yield* walk(given, ancestorRules(given), accept, excluded);
    else if (accept(given)) yield given;
  }
}

function readRules(dir: string): Rules | undefined {
  try {
    return { base: dir, ig: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * .gitignore files above a folder given on the command line still apply inside it, up to the repository
 * root; but one that ignores the given folder itself is skipped: a folder the user names is wanted.
 */
function ancestorRules(dir: string): Rules[] {
  const rules: Rules[] = [];
  const given = path.resolve(dir);
  for (let d = path.dirname(given); ; d = path.dirname(d)) {
    const r = readRules(d);
    if (r && !ignored([r], given, true)) rules.unshift(r);
    if (fs.existsSync(path.join(d, '.git')) || path.dirname(d) === d) return rules;
  }
}

function ignored(rules: readonly Rules[], file: string, isDir: boolean): boolean {
  return rules.some((r) => {
    const rel = path.relative(r.base, file).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('..') && r.ig.ignores(isDir ? `${rel}/` : rel);
  });
}

function* walk(dir: string, inherited: Rules[], accept: (file: string) => boolean, excluded: Excluded): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  // Read only where there is one: a failed read per folder costs more than the walk itself on a large tree.
  const own = entries.some((e) => e.name === '.gitignore') ? readRules(dir) : undefined;
  const rules = own ? [...inherited, own] : inherited;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!ALWAYS_SKIPPED.has(e.name) && !ignored(rules, full, true) && !excluded(full, true)) yield* walk(full, rules, accept, excluded);
    } else if (e.isFile() && accept(full) && !ignored(rules, full, false) && !excluded(full, false)) {
      yield full;
    }
  }
}

/** The settings' `exclude` patterns, relative to `root`, as gitignore patterns. */
export function excludedBy(root: string, patterns: readonly string[]): Excluded {
  if (patterns.length === 0) return () => false;
  const rules = [{ base: path.resolve(root), ig: ignore().add(patterns) }];
  return (file, isDir) => ignored(rules, path.resolve(file), isDir);
}
