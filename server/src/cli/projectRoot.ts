// Where a CLI run's project is: the nearest folder, from the current one upward, that holds PayCodes'
// settings or a project marker, as ESLint and Prettier find theirs. Own catalogs are looked for below it and
// nowhere else: a run from `/`, the home folder or the temp folder must not read the whole disk, nor other
// people's broken catalogs. Those folders are searched only when they are the project root themselves.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SETTINGS_FILE } from './settingsFile';

/** Files or folders that mark a project's root, in the ecosystems PayCodes reads. */
const MARKERS = [
  SETTINGS_FILE, '.git', '.hg', 'package.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle',
  'settings.gradle.kts', 'go.mod', 'pyproject.toml', 'setup.py', 'requirements.txt', 'composer.json', 'Gemfile',
  'Cargo.toml', 'global.json', 'Directory.Build.props',
];
/** .NET projects are marked by a file named after them. */
const MARKER_SUFFIXES = ['.sln', '.csproj'];

export interface ProjectRoot {
  /** The folder settings are read from and own catalogs are found below; undefined outside any project. */
  root: string | undefined;
  /** Whether `*.paycodes.json` may be searched for below the root. */
  searchable: boolean;
}

export function projectRoot(cwd: string): ProjectRoot {
  const start = path.resolve(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isMarked(dir)) return { root: dir, searchable: !isShared(dir) || dir === start };
    if (path.dirname(dir) === dir) return { root: undefined, searchable: false };
  }
}

function isMarked(dir: string): boolean {
  if (MARKERS.some((m) => fs.existsSync(path.join(dir, m)))) return true;
  try {
    return fs.readdirSync(dir).some((name) => MARKER_SUFFIXES.some((s) => name.endsWith(s)));
  } catch {
    return false;
  }
}

/** Folders that hold many people's or many projects' files. */
function isShared(dir: string): boolean {
  return [path.parse(dir).root, os.homedir(), os.tmpdir()].some((d) => path.resolve(d) === dir);
}
