// How the rules are configured: each rule's severity or off, and the opt-in soft-decline check.
import type { RuleId, Severity } from './finding';

export interface RuleSettings {
  severity: Record<RuleId, Severity | 'off'>;
  /** Also require card soft declines (`retry: later`) to be handled, not left to default. */
  softDeclines: boolean;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  severity: { 'unhandled-retryable-code': 'warning', 'unknown-code': 'warning' },
  softDeclines: false,
};
