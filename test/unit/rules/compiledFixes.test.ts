// The fixes keep the build green: every fixture that compiles on its own is compiled (or checked) by its
// language's own tools before and after all the fixes the goldens apply, and the other fixed goldens are
// checked for syntax where the language has a checker that needs no types. A missing tool fails the test:
// `.ci/run` installs them (javac: default-jdk-headless, go: golang-go, php: php-cli, ruby, kotlinc: kotlin,
// mcs: mono-mcs; tsc comes with the npm install, python3 with the system).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturesDir, repoRoot } from '../../paths';

interface Checker {
  /** The tool and how to install it, for the failure message. */
  tool: string;
  install: string;
  /** The file name the checked copy must have (a Java public class names its file). */
  fileName: (fixture: string) => string;
  /** The command for a copy in `dir`; `typed` when it resolves names (needs a self-contained file). */
  command: (file: string, dir: string) => string[];
  typed: boolean;
}

const checkers: Record<string, Checker> = {
  '.java': { tool: 'javac', install: 'apt-get install -y default-jdk-headless', fileName: (f) => f, command: (file, dir) => ['javac', '-d', path.join(dir, 'classes'), file], typed: true },
  '.kt': { tool: 'kotlinc', install: 'apt-get install -y kotlin', fileName: (f) => f, command: (file, dir) => ['kotlinc', '-nowarn', file, '-d', path.join(dir, 'classes')], typed: true },
  '.ts': {
    tool: 'tsc', install: 'npm ci', fileName: (f) => f,
    command: (file) => [path.join(repoRoot, 'node_modules', '.bin', 'tsc'), '--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'es2022', '--types', '', file],
    typed: true,
  },
  '.js': { tool: 'node', install: 'Node 20', fileName: (f) => f.replace(/\.js$/, '.mjs'), command: (file) => [process.execPath, '--check', file], typed: false },
  '.go': {
    tool: 'go', install: 'apt-get install -y golang-go', fileName: (f) => f,
    command: (_, dir) => ['sh', '-c', `cd '${dir}' && go build ./... && go vet ./...`],
    typed: true,
  },
  '.py': { tool: 'python3', install: 'apt-get install -y python3', fileName: (f) => f, command: (file) => ['python3', '-m', 'py_compile', file], typed: false },
  '.php': { tool: 'php', install: 'apt-get install -y php-cli', fileName: (f) => f, command: (file) => ['php', '-l', file], typed: false },
  '.rb': { tool: 'ruby', install: 'apt-get install -y ruby', fileName: (f) => f, command: (file) => ['ruby', '-c', file], typed: false },
  '.cs': { tool: 'mcs', install: 'apt-get install -y mono-mcs', fileName: (f) => f, command: (file, dir) => ['mcs', '-target:library', `-out:${path.join(dir, 'out.dll')}`, file], typed: true },
};

/** Fixtures written to compile on their own: the constructs of issue 12 in every language. */
const selfContained = /^(chains|Chains)\./;

function check(extension: string, source: string, name: string): void {
  const checker = checkers[extension];
  const dir = mkdtempSync(path.join(tmpdir(), 'paycodes-compile-'));
  try {
    const file = path.join(dir, checker.fileName(name));
    copyFileSync(source, file);
    if (extension === '.go') writeFileSync(path.join(dir, 'go.mod'), 'module fixtures\n\ngo 1.19\n');
    const [command, ...args] = checker.command(file, dir);
    const run = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on' } });
    if (run.error) assert.fail(`${checker.tool} is needed to check ${path.relative(fixturesDir, source)} and could not run (${run.error.message}); install it: ${checker.install}`);
    assert.equal(run.status, 0, `${checker.tool} rejects ${path.relative(fixturesDir, source)}:\n${run.stdout}${run.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('fixes keep the build green (each language\'s own compiler or checker)', function () {
  this.timeout(300_000);
  const switchesDir = path.join(fixturesDir, 'switches');
  const rulesDir = path.join(fixturesDir, 'rules');

  for (const language of readdirSync(switchesDir).sort()) {
    for (const name of readdirSync(path.join(switchesDir, language)).filter((n) => !n.includes('.expected.')).sort()) {
      const extension = path.extname(name);
      const checker = checkers[extension];
      const fixed = path.join(rulesDir, language, name.replace(/\.[^.]+$/, `.fixed${extension}`));
      // TSX has no self-contained fixture, and tsc is its only checker.
      if (!checker) continue;
      if (selfContained.test(name)) {
        it(`${language}/${name} compiles with ${checker.tool}, before and after its fixes`, () => {
          check(extension, path.join(switchesDir, language, name), name);
          check(extension, fixed, name);
        });
      } else if (!checker.typed && readdirSync(path.join(rulesDir, language)).includes(path.basename(fixed))) {
        it(`${language}/${path.basename(fixed)} passes ${checker.tool}'s syntax check`, () => check(extension, fixed, name));
      }
    }
  }
});
