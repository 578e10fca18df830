// The skeleton `PayCodes: New Catalog…` writes: valid against the schema, with one entry to copy from.
import type { CatalogFile } from './types';

export function catalogTemplate(provider: string, providerName: string): string {
  const catalog: CatalogFile = {
    provider,
    providerName,
    families: [{ id: 'result', name: `${providerName} result code`, fields: ['resultCode'] }],
    entries: [
      {
        provider,
        family: 'result',
        group: 'common',
        code: 'SYSTEM_BUSY',
        name: 'System busy',
        description: 'The gateway is overloaded; the request was not processed.',
        resolution: 'Retry after a backoff with the same idempotency key.',
        outcome: 'unknown',
        retry: 'retry',
        source: 'https://example.com/your-gateway/error-codes',
      },
    ],
  };
  return JSON.stringify(catalog, null, 2) + '\n';
}
