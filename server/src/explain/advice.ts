// The words a developer reads for an outcome and a retry advice: what it means for the order, what to do.
import type { Outcome, RetryAdvice } from '../catalog/types';

export const OUTCOME_LABEL: Record<Outcome, string> = {
  success: 'success',
  pending: 'pending',
  failure: 'failure',
  unknown: 'unknown',
};

export const OUTCOME_MEANING: Record<Outcome, string> = {
  success: 'the operation succeeded',
  pending: 'not final yet: the result will change',
  failure: 'the operation failed',
  unknown: 'the result is unknown: it may or may not have happened',
};

export const RETRY_LABEL: Record<RetryAdvice, string> = {
  retry: 'Retry',
  poll: 'Poll',
  later: 'Retry later',
  no: 'Do not retry',
};

export const RETRY_MEANING: Record<RetryAdvice, string> = {
  retry: 'resend after a backoff with the same idempotency key',
  poll: 'query the payment status until it is final; never resend blindly',
  later: 'soft decline: may succeed later, within the card network’s retry rules',
  no: 'final: do not resend this request',
};
