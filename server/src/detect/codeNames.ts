// Whether an identifier or field names a gateway response code (responseCode, rc, status_code, …),
// as opposed to the many other "codes" in payment software (currency, country, auth, bank, zip …).

const CODE_SUFFIX = /(code|rc|status|resultstatus|reason|declinereason)$/;

// Fields that end like a code field but hold something else; a hit on these would cry wolf.
const NOT_RESPONSE_CODES = new Set([
  'zip', 'post', 'postal', 'country', 'currency', 'bank', 'promo', 'voucher', 'coupon', 'discount', 'auth',
  'authorization', 'approval', 'area', 'phone', 'dial', 'qr', 'bar', 'source', 'key', 'char', 'exit', 'color',
  'colour', 'lang', 'language', 'locale', 'hash', 'op', 'iso', 'branch', 'swift', 'bic', 'mcc', 'merchantcategory',
  'product', 'item', 'sku', 'invite', 'referral', 'verification', 'otp', 'pin', 'security', 'cvv', 'cvc', 'access',
  'refresh', 'client', 'city', 'region', 'state', 'province', 'store', 'shop', 'terminal', 'channel', 'method',
  'http', 'httpstatus', 'statuscodehttp', 'order', 'shipping', 'delivery', 'tax', 'unit', 'gift',
]);

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function isCodeName(name: string): boolean {
  const n = normalizeName(name);
  if (n === 'code' || n === 'rc' || n === 'status') return true;
  const m = CODE_SUFFIX.exec(n);
  if (!m) return false;
  const prefix = n.slice(0, n.length - m[1].length);
  if (prefix.includes('http')) return false;
  return !NOT_RESPONSE_CODES.has(prefix);
}

/** The last identifier of an expression: `resp.getResult().getResultCode()` → `getResultCode`, `r["rc"]` → `rc`. */
export function lastIdentifier(expression: string): string | undefined {
  const names = expression.match(/[A-Za-z_$][\w$]*/g);
  if (!names) return undefined;
  const last = names[names.length - 1];
  return last.replace(/^(get|is)(?=[A-Z_])/, '');
}
