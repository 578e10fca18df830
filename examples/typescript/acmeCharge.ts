// A team's own gateway, described in ../catalogs/acme-pay.paycodes.json: its codes get hovers and
// switch checks like the bundled ones. Try: hover ACME_200 or ACME_402; the switch forgets ACME_202
// (queued: poll) and ACME_503 (acquirer unavailable: retry), see the warning and its quick fixes
// (Ctrl+.); edit the catalog and save: it reloads.

export function onAcmeCharge(acmeStatus: string): 'paid' | 'failed' | 'wait' {
  switch (acmeStatus) {
    case 'ACME_200':
      return 'paid';
    case 'ACME_402':
      return 'failed';
    default:
      return 'wait';
  }
}
