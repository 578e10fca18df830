// Custom requests between the PayCodes client and server. Plain data only: the client imports this file.

export const LOOKUP_ENTRIES = 'paycodes/lookupEntries';

/** A code's full explanation, for the client to show in a preview; null when no code is under the cursor. */
export interface Explanation {
  code: string;
  name: string;
  markdown: string;
}

/** One row of the Look Up Payment Code quick pick. */
export interface LookupItem extends Explanation {
  /** `Alipay+ · failure · Do not retry` */
  summary: string;
  /** More words to match on: message, description, provider; the services a shared row stands for. */
  detail: string;
  /** A row that means the same for several codes (one per SNAP service): each of them, to pick one from. */
  codes?: LookupChoice[];
}

export interface LookupChoice extends Explanation {
  /** `service 43 Transfer to Bank` */
  place: string;
}

export const EXPLAIN_AT = 'paycodes/explainAt';

export interface ExplainAtParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export const SCAN_FILES = 'paycodes/scanFiles';

export interface ScanFilesParams {
  /** File system paths: logs are read from disk in a stream, whatever their size. */
  files: string[];
  workDoneToken?: string | number;
}

export interface ScanFilesResult {
  markdown: string;
  occurrences: number;
}

export const CATALOG_FILES = 'paycodes/catalogFiles';

export interface CatalogFileInfo {
  provider: string;
  providerName: string;
  file: string;
  own: boolean;
}

export const CATALOG_TEMPLATE = 'paycodes/catalogTemplate';

export interface CatalogTemplateParams {
  provider: string;
  providerName: string;
}

/** The client command a code lens runs: arguments `[uri, position]` of the switch's header. */
export const SHOW_SWITCH_CODES = 'paycodes.showSwitchCodes';

export const SWITCH_CODES = 'paycodes/switchCodes';

export interface SwitchCodesParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export interface EditInDocument {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

export interface SwitchCodes {
  /** The lens's own title. */
  title: string;
  /** Codes no label handles, those to retry or poll first. */
  codes: { code: string; name: string; advice: string; urgent: boolean; edits: EditInDocument[] }[];
  /** Unhandled codes not listed. */
  more: number;
  fixes: { title: string; edits: EditInDocument[] }[];
}

export const CATALOG_PAGE = 'paycodes/catalogPage';

/** A bundled catalog as a read-only Markdown page, which Go to Definition opens at a code's entry. */
export interface CatalogPageParams {
  uri: string;
}

export const LOG_REPORT = 'paycodes/logReport';

export interface LogReportParams {
  /** Log files on disk, streamed whatever their size. */
  files: string[];
  /** The reference field; by default each line's first id-like field. */
  idField?: string;
}

export interface LogReportResult {
  /** The same self-contained page `paycodes scan --report` writes. */
  html: string;
}
