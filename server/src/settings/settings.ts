// PayCodes settings, read the same way from VS Code's `paycodes.*` and from the CLI's `.paycodes.json`
// (the same keys without the prefix), so the editor and CI agree. Anything unset or malformed falls back
// to its default.
import type { RuleId, Severity } from '../rules/finding';
import { RULE_IDS } from '../rules/finding';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../rules/ruleSettings';

export interface Settings {
  /** Providers in use, in order of preference when a code exists in several catalogs; empty: all. */
  providers: string[];
  /** Own catalog files, absolute or relative to the workspace root. */
  catalogs: string[];
  inlayHints: boolean;
  /** A lens above each switch over codes: what it handles, what it leaves to `default`. */
  codeLens: boolean;
  rules: RuleSettings;
  /** Language ids whose files are analysed. */
  languages: string[];
  /** .gitignore-style patterns, relative to the workspace root, of files never analysed. */
  exclude: string[];
  /** Files larger than this many bytes are not analysed. */
  maxFileSize: number;
}

export const ANALYSED_LANGUAGES = [
  'java', 'kotlin', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'python', 'php', 'csharp',
  'ruby', 'json', 'jsonc', 'yaml', 'log', 'plaintext',
];

export const DEFAULT_SETTINGS: Settings = {
  providers: [],
  catalogs: [],
  inlayHints: true,
  codeLens: true,
  rules: DEFAULT_RULE_SETTINGS,
  languages: ANALYSED_LANGUAGES,
  exclude: [],
  maxFileSize: 20 * 1024 * 1024,
};

const SEVERITIES = new Set<Severity | 'off'>(['error', 'warning', 'info', 'hint', 'off']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function enabled(value: unknown, fallback: boolean): boolean {
  const v = record(value).enabled;
  return typeof v === 'boolean' ? v : fallback;
}

function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

export function readSettings(raw: unknown): Settings {
  const s = record(raw);
  const rules = record(s.rules);
  const severity = { ...DEFAULT_RULE_SETTINGS.severity };
  for (const id of RULE_IDS) {
    const v = rules[id];
    if (typeof v === 'string' && SEVERITIES.has(v as Severity)) severity[id as RuleId] = v as Severity | 'off';
  }
  return {
    providers: strings(s.providers, DEFAULT_SETTINGS.providers),
    catalogs: strings(s.catalogs, DEFAULT_SETTINGS.catalogs),
    languages: strings(s.languages, DEFAULT_SETTINGS.languages),
    exclude: strings(s.exclude, DEFAULT_SETTINGS.exclude),
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    inlayHints: enabled(s.inlayHints, DEFAULT_SETTINGS.inlayHints),
    codeLens: enabled(s.codeLens, DEFAULT_SETTINGS.codeLens),
    rules: {
      severity,
      softDeclines: typeof rules.softDeclines === 'boolean' ? rules.softDeclines : DEFAULT_RULE_SETTINGS.softDeclines,
    },
  };
}
