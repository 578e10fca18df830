// Card string rules: DOKU's own UPPER_SNAKE card error codes, read for what their names say.
import { FAILURE_FINAL, FAILURE_RETRY, UNKNOWN_POLL, rule } from '../../lib/rules.mjs';

export const cardStringRules = [
  rule('Card string: timeout', (c) => /TIME_?OUT/.test(c.code), UNKNOWN_POLL),
  rule('Card string: settlement on going', (c) => /ON_?GOING/.test(c.code), FAILURE_RETRY),
  rule('Card string: other card errors', () => true, FAILURE_FINAL),
];
