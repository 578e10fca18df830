// The catalog contract (see PRODUCT.md and catalogs/schema.json): what one code means, per gateway.

export type Outcome = 'success' | 'pending' | 'failure' | 'unknown';

/**
 * retry: resend after backoff with the same idempotency key;
 * poll: not final, query the status and never resend blindly;
 * later: soft decline, may succeed later within card-network retry rules;
 * no: final, do not retry.
 */
export type RetryAdvice = 'retry' | 'poll' | 'later' | 'no';

export interface CatalogEntry {
  provider: string;
  family: string;
  group: string;
  /** Exactly as the gateway sends it; null for a documented case the source gives no code for. */
  code: string | null;
  name?: string;
  message?: string;
  description?: string;
  resolution?: string;
  httpStatus?: number;
  outcome: Outcome;
  retry: RetryAdvice;
  appliesTo?: string[];
  source: string;
  /** Alipay+ resultStatus that accompanies this code (S, F, U, A). */
  resultStatus?: string;
  /** Card issuer category, e.g. "Issuer cannot approve at this time". */
  category?: string;
  /** SNAP: the template as the document writes it (403XX14) and its parts. */
  template?: string;
  serviceCode?: string;
  serviceName?: string;
  caseCode?: string;
}

export interface FamilyInfo {
  id: string;
  name: string;
  /** Response fields this family's codes travel in (resultCode, responseCode, …): used to rank candidates. */
  fields: string[];
  /** Codes of a shared standard (ISO 8583), not of this gateway alone: no need for the file to name the gateway. */
  standard?: boolean;
}

export interface CatalogFile {
  provider: string;
  providerName: string;
  homepage?: string;
  /** What names this gateway in a file besides its id: packages, hosts, API paths. */
  signals?: string[];
  families: FamilyInfo[];
  entries: CatalogEntry[];
}
