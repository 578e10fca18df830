// The evaluation corpus: test/realworld/manifest.tsv names each repository, its commit, its role and the
// gateways it uses; a local export holds one folder per repository, <owner>__<name>, with its tree at that commit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { walkFiles } from '../../server/src/files/walkFiles';
import { languageOf } from './detections';
import { readTsv } from './tsv';

export interface CorpusRepo {
  /** owner/name */
  repo: string;
  commit: string;
  role: 'positive' | 'negative';
  gateways: string;
  dir: string;
}

export const folderName = (repo: string) => repo.replace('/', '__');

export function readManifest(manifest: string, corpusDir: string): CorpusRepo[] {
  const rows = readTsv(manifest);
  return rows.map((r) => {
    if (r.role !== 'positive' && r.role !== 'negative') throw new Error(`manifest.tsv: ${r.repo}: role must be positive or negative, not "${r.role}"`);
    return { repo: r.repo, commit: r.commit, role: r.role, gateways: r.gateways, dir: path.join(corpusDir, folderName(r.repo)) };
  });
}

/** The editor's default file size limit (paycodes.maxFileSize). */
const MAX_BYTES = 20 * 1024 * 1024;
const SNIFF_BYTES = 8000;

/** Every file the language server would analyse by default, as [path relative to the repo, text]. */
export function* analysedFiles(repoDir: string): Generator<[string, string]> {
  for (const file of walkFiles([repoDir], (f) => languageOf(f) !== undefined, () => undefined)) {
    if (fs.statSync(file).size > MAX_BYTES) continue;
    const bytes = fs.readFileSync(file);
    if (bytes.subarray(0, SNIFF_BYTES).includes(0)) continue;
    yield [path.relative(repoDir, file).split(path.sep).join('/'), bytes.toString('utf8')];
  }
}
