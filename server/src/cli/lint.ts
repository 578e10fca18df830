// `paycodes lint <paths…>`: the editor's rules over files on disk, as text (ESLint stylish), JSON or SARIF.
import * as path from 'node:path';
import type { CodeIndex } from '../catalog/codeIndex';
import { formatSarif } from '../lint/formatSarif';
import { formatText } from '../lint/formatText';
import { lintFile, type LintFinding } from '../lint/lintFiles';
import { walkFiles } from '../files/walkFiles';
import { sourceLanguage } from '../lint/sourceLanguage';
import type { Settings } from '../settings/settings';
import { createSyntaxService } from '../syntax/syntaxService';
import { VERSION } from '../version';
import { UsageError, type Io } from './io';
import { findingsExitCode } from './maxWarnings';

export type LintFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif'];

export function lintFormat(value: string | undefined): LintFormat {
  const format = (value ?? 'text') as LintFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
  return format;
}

export async function lint(io: Io, index: CodeIndex, settings: Settings, paths: string[], format: LintFormat, maxWarnings?: number): Promise<number> {
  let failed = false;
  // Larger sources are generated or vendored, not code anyone reviews: the editor's `maxFileSize`, in bytes on disk.
  const maxBytes = settings.maxFileSize;
  const syntax = createSyntaxService({ wasmDir: path.join(__dirname, 'wasm'), maxBytes });
  const findings: LintFinding[] = [];
  const files = walkFiles(paths, (f) => sourceLanguage(f) !== undefined, (p) => {
    failed = true;
    io.err(`paycodes: ${p.file}: ${p.message}\n`);
  });
  for (const file of files) {
    findings.push(...(await lintFile(file, {
      index, rules: settings.rules, syntax, maxBytes,
      onNote: (n) => {
        failed ||= n.error;
        io.err(`paycodes: ${n.file}: ${n.message}\n`);
      },
    })));
  }
  if (format === 'json') await io.out(JSON.stringify({ findings }, null, 2) + '\n');
  else if (format === 'sarif') await io.out(formatSarif(findings, process.cwd(), VERSION));
  else await io.out(formatText(findings));
  if (failed) return 2;
  return findingsExitCode(findings, maxWarnings, io.err);
}
