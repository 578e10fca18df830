// SARIF 2.1.0, the shape GitHub code scanning uploads: one run, the rules, results with relative paths.
import * as path from 'node:path';
import { RULE_DOCS, RULE_IDS, type Severity } from '../rules/finding';
import type { LintFinding } from './lintFiles';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const RULE_TEXT: Record<string, string> = {
  'unhandled-retryable-code': 'A switch over payment codes leaves codes that must be retried or polled to default.',
  'unknown-code': 'A case label is not a code of the switch’s family but one edit away from one (typo).',
};

export function formatSarif(findings: readonly LintFinding[], root: string, version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'paycodes',
            version,
            informationUri: RULE_DOCS.replace(/#$/, ''),
            rules: RULE_IDS.map((id) => ({
              id,
              shortDescription: { text: RULE_TEXT[id] },
              helpUri: `${RULE_DOCS}${id}`,
              defaultConfiguration: { level: 'warning' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${root.endsWith('/') ? root : `${root}/`}` } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: RULE_IDS.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: path.relative(root, path.resolve(f.file)).split(path.sep).join('/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          properties: { codes: f.codes },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
