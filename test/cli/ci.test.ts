// The CI recipes: `--max-warnings`, the pre-commit hook and the GitHub Actions example, each run the way
// its tool would run it, and the SARIF it uploads checked against the SARIF 2.1.0 schema.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SOURCE_EXTENSIONS } from '../../server/src/lint/sourceLanguage';
import { fixturesDir, repoRoot } from '../paths';
import { runCli } from './runCli';
import { sarifValidator } from './sarifSchema';

const yaml = require('js-yaml') as { load(text: string): unknown };

const project = path.join(fixturesDir, 'lint', 'project');

interface Hook { id: string; entry: string; language: string; files: string }
interface Step { id?: string; uses?: string; run?: string; with?: Record<string, string> }
interface Workflow { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }

/** A temporary project holding copies of the given fixture sources. */
function projectWith(...files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-ci-'));
  for (const f of files) fs.copyFileSync(path.join(project, 'src', f), path.join(dir, f));
  return dir;
}

/** A command line as a recipe writes it, with `paycodes` (however installed) as the arguments to run. */
function paycodesArgs(command: string): string[] {
  const words = command.split(/\s+/).filter(Boolean);
  return words.slice(words.findIndex((w) => /^paycodes(@|$)/.test(w)) + 1);
}

describe('paycodes lint --max-warnings', () => {
  let dir: string;
  before(() => {
    dir = projectWith('checkout.ts');
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('passes with as many warnings as allowed', () => {
    const r = runCli(['lint', '.', '--max-warnings', '1'], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 problem \(0 errors, 1 warning\)/);
  });

  it('fails with one more, and says so on stderr', () => {
    const r = runCli(['lint', '.', '--max-warnings', '0'], undefined, dir);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'paycodes found too many warnings (maximum: 0, found: 1)\n');
  });

  it('fails on an error whatever the maximum', () => {
    const r = runCli(['lint', 'src', '--max-warnings', '100'], undefined, project);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
  });

  it('rejects a maximum that is not a whole number', () => {
    const r = runCli(['lint', '.', '--max-warnings', 'many'], undefined, dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'paycodes: --max-warnings takes a whole number of warnings, not "many"\n');
  });
});

describe('pre-commit hook', () => {
  const hooks = yaml.load(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'paycodes-lint')!;

  it('is a node hook running paycodes lint', () => {
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.entry.split(' '), ['paycodes', 'lint']);
  });

  it('picks exactly the files paycodes lint analyses', () => {
    const files = new RegExp(hook.files);
    for (const ext of SOURCE_EXTENSIONS) assert.ok(files.test(`src/a${ext}`), `${ext} is linted but the hook skips it`);
    for (const name of ['gateway.log', 'team.paycodes.json', 'ci.yaml', 'README.md', 'a.tsbuildinfo', 'javadoc.html']) {
      assert.ok(!files.test(name), `the hook passes ${name}, which lint does not analyse`);
    }
  });

  it('fails on the staged files pre-commit passes it, and passes on clean ones', () => {
    const dir = projectWith('checkout.ts', 'RefundHandler.java');
    try {
      fs.writeFileSync(path.join(dir, 'clean.ts'), 'export const ok = 1;\n');
      const staged = ['checkout.ts', 'RefundHandler.java', 'clean.ts'];
      const failing = runCli([...paycodesArgs(hook.entry), ...staged.filter((f) => new RegExp(hook.files).test(f))], undefined, dir);
      assert.equal(failing.status, 1, failing.stderr);
      assert.match(failing.stdout, /^✖ 3 problems /m);
      const clean = runCli([...paycodesArgs(hook.entry), 'clean.ts'], undefined, dir);
      assert.equal(clean.status, 0, clean.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GitHub Actions example', () => {
  const workflow = yaml.load(fs.readFileSync(path.join(repoRoot, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const lintStep = steps.find((s) => s.run?.includes('paycodes'))!;
  const [command, sarifFile] = lintStep.run!.split('>').map((s) => s.trim());

  it('uploads the SARIF file the lint step writes to code scanning, with the permission to', () => {
    assert.match(command, /--format sarif/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'no upload-sarif step');
    assert.equal(upload.with?.sarif_file, sarifFile);
    assert.equal(workflow.permissions['security-events'], 'write');
    assert.ok(steps.indexOf(upload) > steps.indexOf(lintStep));
  });

  it("runs its lint command, whose SARIF is valid SARIF 2.1.0 with a result per finding", () => {
    const r = runCli(paycodesArgs(command), undefined, project);
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.deepEqual(sarifValidator()(sarif), []);
    assert.equal(sarif.runs[0].results.length, 3);
  });
});

describe('SARIF schema check', () => {
  it('rejects SARIF that breaks the schema, so the check above can fail', () => {
    const r = runCli(['lint', 'src', '--format', 'sarif'], undefined, project);
    const sarif = JSON.parse(r.stdout);
    sarif.runs[0].results[0].level = 'warn';
    delete sarif.runs[0].tool.driver.name;
    const errors = sarifValidator()(sarif);
    assert.ok(errors.some((e) => e.startsWith('/runs/0/results/0/level')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes("'name'")), errors.join('\n'));
  });
});
