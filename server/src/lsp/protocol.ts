// Custom requests between the PayCodes client and server. Plain data only: the client imports this file.

export const LOOKUP_ENTRIES = 'paycodes/lookupEntries';

/** One row of the Look Up Payment Code quick pick. */
export interface LookupItem {
  code: string;
  /** Name or message in the gateway's words. */
  name: string;
  /** `Alipay+ · failure · Do not retry` */
  summary: string;
  /** More words to match on: message, description, provider. */
  detail: string;
  /** The hover's Markdown for this entry alone. */
  markdown: string;
}
