// The committed judgements (test/realworld/labels/, format in README.md): per repository, `<owner>__<name>.tsv`
// says of code-shaped tokens whether they are response codes and whose, and `<owner>__<name>.branches.tsv`
// says of each place that branches on a result code whether `paycodes lint` should warn there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { folderName } from './corpus';
import { readTsv } from './tsv';

export type CodeVerdict = 'code' | 'not-code' | 'wrong-provider';
export type BranchVerdict = 'SHOULD-WARN' | 'FINE' | 'TYPO';

export const CODE_COLUMNS = ['repo', 'commit', 'file', 'line', 'code', 'verdict', 'family', 'context', 'reason'] as const;
export const BRANCH_COLUMNS = ['repo', 'commit', 'file', 'line', 'verdict', 'reason'] as const;

export interface CodeLabel {
  commit: string;
  file: string;
  line: number;
  code: string;
  verdict: CodeVerdict;
  /** For `code`: the family a hover must explain it as (snap, iso8583, alipayplus, portone, doku, setel, akinon). */
  family: string;
  /** Where it stands: map-key, comparison, case, assignment, literal, log … */
  context: string;
  reason: string;
}

export interface BranchLabel {
  commit: string;
  file: string;
  line: number;
  verdict: BranchVerdict;
  reason: string;
}

export interface RepoLabels {
  codes: CodeLabel[];
  branches: BranchLabel[];
  problems: string[];
}

const CODE_VERDICTS: readonly string[] = ['code', 'not-code', 'wrong-provider'];
const BRANCH_VERDICTS: readonly string[] = ['SHOULD-WARN', 'FINE', 'TYPO'];

export function readLabels(labelsDir: string, repo: string, commit: string): RepoLabels {
  const problems: string[] = [];
  const base = path.join(labelsDir, folderName(repo));
  const rows = (file: string) => (fs.existsSync(file) ? readTsv(file) : []);
  const check = (file: string, r: Record<string, string>, verdicts: readonly string[]) => {
    const where = `${path.basename(file)}: ${r.file}:${r.line}`;
    if (r.repo !== repo) problems.push(`${where}: repo "${r.repo}", expected ${repo}`);
    if (r.commit !== commit) problems.push(`${where}: labelled at ${r.commit.slice(0, 10)}, the corpus has ${commit.slice(0, 10)}`);
    if (!verdicts.includes(r.verdict)) problems.push(`${where}: verdict "${r.verdict}" is none of ${verdicts.join(', ')}`);
    if (!/^[1-9]\d*$/.test(r.line)) problems.push(`${where}: line must be a 1-based number`);
    return verdicts.includes(r.verdict);
  };
  const codeFile = `${base}.tsv`;
  const codes = rows(codeFile)
    .filter((r) => check(codeFile, r, CODE_VERDICTS))
    .map((r) => ({ commit: r.commit, file: r.file, line: Number(r.line), code: r.code, verdict: r.verdict as CodeVerdict, family: r.family, context: r.context, reason: r.reason }));
  for (const c of codes) if (c.verdict === 'code' && !c.family) problems.push(`${path.basename(codeFile)}: ${c.file}:${c.line} ${c.code}: a code needs its family`);
  const branchFile = `${base}.branches.tsv`;
  const branches = rows(branchFile)
    .filter((r) => check(branchFile, r, BRANCH_VERDICTS))
    .map((r) => ({ commit: r.commit, file: r.file, line: Number(r.line), verdict: r.verdict as BranchVerdict, reason: r.reason }));
  return { codes, branches, problems };
}
