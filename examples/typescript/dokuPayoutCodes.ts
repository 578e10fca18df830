// DOKU SNAP payouts (doku.com): the names this team gives the codes it treats specially.
//
// Try: Find All References (Shift+Alt+F12) on 5044300 — this constant, its uses and the log lines that
// carry it; Go to Definition (F12) on it opens its entry in the bundled DOKU catalog. Put the
// cursor between the quotes of `responseCode: ''` below and press Ctrl+Space: DOKU's codes; type `insuff`.
export const RC_TIMEOUT = '5044300';

export function needsInquiry(responseCode: string): boolean {
  return responseCode === RC_TIMEOUT || responseCode === '2024300';
}

export const cannedTimeout = { responseCode: RC_TIMEOUT, responseMessage: 'Timeout' };

export const draft = { responseCode: '' };
