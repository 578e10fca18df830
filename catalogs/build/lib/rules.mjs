// Outcome/retry verdicts and the rule machinery of every provider: an ordered list of named rules, the first
// that applies decides. Rule names are the headings of catalogs/README.md, so a verdict can be traced to its text.

const verdict = (outcome, retry) => Object.freeze({ outcome, retry });

export const SUCCESS = verdict('success', 'no');
export const PENDING_POLL = verdict('pending', 'poll');
/** Accepted and under way, but nothing to query or resend: wait for it (a queued message, an OTP step). */
export const PENDING_WAIT = verdict('pending', 'no');
export const UNKNOWN_RETRY = verdict('unknown', 'retry');
export const UNKNOWN_POLL = verdict('unknown', 'poll');
export const FAILURE_FINAL = verdict('failure', 'no');
export const FAILURE_RETRY = verdict('failure', 'retry');
export const FAILURE_LATER = verdict('failure', 'later');

export function rule(name, applies, decision) {
  return Object.freeze({ name, applies, decision });
}

/** A code no rule covers is a build error: a new kind of code needs a written rule, not a silent default. */
export function classify(rules, facts) {
  const match = rules.find((r) => r.applies(facts));
  if (!match) throw new Error(`no outcome/retry rule covers ${JSON.stringify(facts)}`);
  return match.decision;
}
