// Text output in the shape of ESLint's "stylish": findings grouped under their file, a total at the end.
import type { LintFinding } from './lintFiles';

export function formatText(findings: readonly LintFinding[]): string {
  if (findings.length === 0) return '';
  const byFile = new Map<string, LintFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(file);
    const pos = list.map((f) => `${f.line}:${f.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...list.map((f) => f.severity.length));
    list.forEach((f, i) => out.push(`  ${pos[i].padEnd(posWidth)}  ${f.severity.padEnd(sevWidth)}  ${f.message}  ${f.rule}`));
    out.push('');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const n = findings.length;
  out.push(`✖ ${n} problem${n === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}
