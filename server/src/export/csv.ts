// RFC 4180 CSV: a header line, CRLF line ends, a field quoted when it holds a quote, comma or line break.
import { ROW_FIELDS, type CatalogRow } from './catalogRows';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function rowsToCsv(rows: readonly CatalogRow[]): string {
  return [ROW_FIELDS.join(','), ...rows.map((r) => ROW_FIELDS.map((f) => field(r[f])).join(','))].map((l) => `${l}\r\n`).join('');
}

export function rowsToJsonl(rows: readonly CatalogRow[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}
