// `paycodes lint --format json` over one repository of the corpus, run from its root as a user would.
import { spawnSync } from 'node:child_process';

export interface LintFindingJson {
  file: string;
  line: number;
  rule: string;
  message: string;
  codes: string[];
}

export function lintRepo(cliPath: string, repoDir: string): LintFindingJson[] {
  const run = spawnSync(process.execPath, [cliPath, 'lint', '--format', 'json', '.'], { cwd: repoDir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  // Exit 1 means findings; 2 also comes from a skipped or unparsable file, which still leaves the others' findings.
  try {
    const { findings } = JSON.parse(run.stdout) as { findings: LintFindingJson[] };
    return findings.map((f) => ({ ...f, file: f.file.split('\\').join('/').replace(/^\.\//, '') }));
  } catch {
    throw new Error(`paycodes lint in ${repoDir} exited ${run.status}: ${(run.stderr || run.stdout).split('\n')[0]}`);
  }
}
