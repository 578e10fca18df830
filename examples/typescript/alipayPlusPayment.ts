// Alipay+ /payments/pay: what the checkout does with `result.resultCode`.
//
// Try: hover PAYMENT_IN_PROCESS or SYSTEM_BUSY; the switch forgets UNKNOWN_EXCEPTION and
// REQUEST_TRAFFIC_EXCEED_LIMIT (status U: retry the same request), and "SYSTEM_BUSSY" is a typo
// of SYSTEM_BUSY: see the warnings and their quick fixes (Ctrl+.).

export interface AlipayResult {
  resultCode: string;
  resultStatus: 'S' | 'F' | 'U' | 'A';
  resultMessage: string;
}

export type Next = 'paid' | 'failed' | 'inquire' | 'retry' | 'review';

export function nextStep(result: AlipayResult): Next {
  if (result.resultStatus === 'S') return 'paid';
  switch (result.resultCode) {
    case 'PAYMENT_IN_PROCESS':
      return 'inquire';
    case 'SYSTEM_BUSSY':
      return 'retry';
    case 'ORDER_IS_CLOSED':
    case 'INVALID_SIGNATURE':
      return 'failed';
    default:
      return 'review';
  }
}
