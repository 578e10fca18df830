// A Splunk lookup: the rows as a lookup CSV and the transforms.conf stanza that declares it. A search joins
// it on the field its events carry the code in:
//   ... | lookup paycodes_codes code AS response_code OUTPUT provider name outcome retry message
import { maxRowsPerCode, type CatalogRow } from './catalogRows';
import { rowsToCsv } from './csv';
import type { ExportFile } from './exportFile';

export const SPLUNK_LOOKUP = 'paycodes_codes';

export function splunkFiles(rows: readonly CatalogRow[]): ExportFile[] {
  const stanza = [
    `[${SPLUNK_LOOKUP}]`,
    `filename = ${SPLUNK_LOOKUP}.csv`,
    // codes are case-sensitive: SYSTEM_BUSY is a code, system_busy is not
    'case_sensitive_match = true',
    // a code can belong to several providers or families: every candidate comes back, multivalued
    `max_matches = ${maxRowsPerCode(rows)}`,
  ];
  return [
    { name: `${SPLUNK_LOOKUP}.csv`, text: rowsToCsv(rows) },
    { name: 'transforms.conf', text: `${stanza.join('\n')}\n` },
  ];
}
