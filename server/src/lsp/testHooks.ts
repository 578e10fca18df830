// TEST SEAM, inert unless the environment asks for it: lets the protocol tests prove that a request
// handler that throws is contained, by making one throw on purpose.
//
//   PAYCODES_TEST_CRASH=hover   the hover handler throws, for documents whose URI contains `paycodes-test-crash`
//
// Any handler name `guarded` is given works in place of `hover` (`inlay hints`, `document symbols`, …).
// The variable is read once, at start; unset (as it always is outside tests) nothing here runs.

export const CRASH_MARKER = 'paycodes-test-crash';

const crashing = process.env.PAYCODES_TEST_CRASH;

export function crashIfAsked(handler: string, params: unknown): void {
  if (!crashing || handler !== crashing) return;
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri === 'string' && uri.includes(CRASH_MARKER)) throw new Error(`PAYCODES_TEST_CRASH: the ${handler} handler failed on purpose`);
}
