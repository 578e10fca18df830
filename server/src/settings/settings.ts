// PayCodes settings, read the same way from VS Code's `paycodes.*` and from the CLI's `.paycodes.json`
// (the same keys without the prefix), so the editor and CI agree. Anything unset or malformed falls back
// to its default.
import type { RuleId, Severity } from '../rules/finding';
import { RULE_IDS } from '../rules/finding';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../rules/ruleSettings';

export interface Settings {
  /** Providers to prefer when a code exists in several catalogs. */
  providers: string[];
  inlayHints: boolean;
  rules: RuleSettings;
}

export const DEFAULT_SETTINGS: Settings = { providers: [], inlayHints: true, rules: DEFAULT_RULE_SETTINGS };

const SEVERITIES = new Set<Severity | 'off'>(['error', 'warning', 'info', 'hint', 'off']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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
    providers: Array.isArray(s.providers) ? s.providers.filter((p): p is string => typeof p === 'string') : DEFAULT_SETTINGS.providers,
    inlayHints: typeof record(s.inlayHints).enabled === 'boolean' ? (record(s.inlayHints).enabled as boolean) : DEFAULT_SETTINGS.inlayHints,
    rules: {
      severity,
      softDeclines: typeof rules.softDeclines === 'boolean' ? rules.softDeclines : DEFAULT_RULE_SETTINGS.softDeclines,
    },
  };
}
