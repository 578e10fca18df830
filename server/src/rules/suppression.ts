// `paycodes-disable-next-line [rule …]` in a comment silences the rules it names (all, when it names none)
// on the line below, as `eslint-disable-next-line` does.
import type { RuleId } from './finding';

export const DIRECTIVE_NAME = 'paycodes-disable-next-line';
const DIRECTIVE = new RegExp(`${DIRECTIVE_NAME}\\b([^*\\n]*)`);

export function suppresses(comment: string | undefined, rule: RuleId): boolean {
  if (!comment) return false;
  const m = DIRECTIVE.exec(comment);
  if (!m) return false;
  const rules = m[1].split(/[\s,]+/).filter((r) => /^[a-z]+(-[a-z]+)+$/.test(r));
  return rules.length === 0 || rules.includes(rule);
}
