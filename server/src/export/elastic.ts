// An Elasticsearch enrich setup: the source index's mapping (codes as exact keywords), the rows as _bulk
// NDJSON for it, the enrich policy matching them on `response_code`, and an ingest pipeline that adds the
// match to each event under `paycodes`. The README shows the requests that load them.
import { maxRowsPerCode, ROW_FIELDS, type CatalogRow } from './catalogRows';
import type { ExportFile } from './exportFile';

export const ELASTIC_INDEX = 'paycodes-codes';
export const ELASTIC_POLICY = 'paycodes-codes';
export const MATCH_FIELD = 'response_code';
/** The enrich processor's upper limit. */
const MAX_MATCHES = 128;

export function elasticFiles(rows: readonly CatalogRow[]): ExportFile[] {
  const enrichFields = ROW_FIELDS.filter((f) => f !== 'code');
  const bulk = rows.map((r) => {
    const { code, ...rest } = r;
    return `${JSON.stringify({ index: { _index: ELASTIC_INDEX } })}\n${JSON.stringify({ [MATCH_FIELD]: code, ...rest })}\n`;
  });
  const policy = { match: { indices: ELASTIC_INDEX, match_field: MATCH_FIELD, enrich_fields: enrichFields } };
  const pipeline = {
    description: 'Explains the payment gateway code in response_code (PayCodes catalogs)',
    processors: [
      {
        enrich: {
          policy_name: ELASTIC_POLICY,
          field: MATCH_FIELD,
          target_field: 'paycodes',
          // a code can belong to several providers or families: every candidate comes back, as an array
          max_matches: Math.min(MAX_MATCHES, maxRowsPerCode(rows)),
          ignore_missing: true,
        },
      },
    ],
  };
  const keyword = { type: 'keyword' };
  const mapping = { mappings: { properties: { [MATCH_FIELD]: keyword, ...Object.fromEntries(enrichFields.map((f) => [f, f === 'message' ? { type: 'text' } : keyword])) } } };
  return [
    { name: 'source-index.json', text: `${JSON.stringify(mapping, null, 2)}\n` },
    { name: `${ELASTIC_INDEX}.ndjson`, text: bulk.join('') },
    { name: 'enrich-policy.json', text: `${JSON.stringify(policy, null, 2)}\n` },
    { name: 'ingest-pipeline.json', text: `${JSON.stringify(pipeline, null, 2)}\n` },
  ];
}
