// A team's own gateway, described in ../catalogs/acme-pay.paycodes.json: its codes get hovers and
// switch checks like the bundled ones. Try: hover ACME-202; edit the catalog and save: it reloads.

export function onAcmeCharge(acmeStatus: string): 'paid' | 'failed' | 'wait' {
  switch (acmeStatus) {
    case 'ACME-200':
      return 'paid';
    case 'ACME-402':
      return 'failed';
    default:
      return 'wait';
  }
}
