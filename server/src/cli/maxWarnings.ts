// `--max-warnings N`, as ESLint has it: a CI job can adopt PayCodes with the warnings a codebase already has
// and fail only when more appear. Errors always fail.
import type { LintFinding } from '../lint/lintFiles';
import { UsageError } from './io';

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number of warnings, not "${value}"`);
  return Number(value);
}

/** 1 when the findings fail the run, else 0; with no maximum, any warning fails it. */
export function findingsExitCode(findings: readonly LintFinding[], maxWarnings: number | undefined, onTooMany: (line: string) => void): number {
  if (findings.some((f) => f.severity === 'error')) return 1;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (warnings <= (maxWarnings ?? 0)) return 0;
  if (maxWarnings !== undefined) onTooMany(`paycodes found too many warnings (maximum: ${maxWarnings}, found: ${warnings})\n`);
  return 1;
}
