// A small catalog in memory, shaped like the bundled ones, for unit tests that must not depend on their data.
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import type { LoadedCatalog } from '../../server/src/catalog/load';
import type { CatalogEntry, CatalogFile } from '../../server/src/catalog/types';

type EntryInput = Partial<CatalogEntry> & Pick<CatalogEntry, 'code'>;

function catalog(provider: string, providerName: string, families: CatalogFile['families'], entries: EntryInput[]): CatalogFile {
  return {
    provider,
    providerName,
    families,
    entries: entries.map((e) => ({
      provider,
      family: families[0].id,
      group: 'common',
      outcome: 'failure',
      retry: 'no',
      source: 'test',
      ...e,
    })),
  };
}

export function miniIndex(): CodeIndex {
  return new CodeIndex(miniIndexCatalogs());
}

export function miniIndexCatalogs(): LoadedCatalog[] {
  return [
    {
      file: 'alipayplus.json',
      catalog: catalog('alipayplus', 'Alipay+', [
        { id: 'result', name: 'resultCode', fields: ['resultCode'] },
        { id: 'resultStatus', name: 'resultStatus', fields: ['resultStatus'] },
      ], [
        { code: 'SYSTEM_BUSY', outcome: 'unknown', retry: 'retry', description: 'System under heavy load' },
        { code: 'PAYMENT_IN_PROCESS', outcome: 'pending', retry: 'poll', group: 'Payment Creation' },
        { code: 'U', family: 'resultStatus', outcome: 'unknown', retry: 'poll', name: 'Unknown' },
        { code: 'S', family: 'resultStatus', outcome: 'success', name: 'Success' },
      ]),
    },
    {
      file: 'doku.json',
      catalog: catalog('doku', 'DOKU', [
        { id: 'snap', name: 'SNAP responseCode', fields: ['responseCode'] },
        { id: 'card', name: 'ISO 8583 response code', fields: ['acquirerResponseCode', 'acquirer_response_code'], standard: true },
      ], [
        { code: '4034314', name: 'Insufficient Funds', httpStatus: 403, serviceCode: '43', caseCode: '14', serviceName: 'API Transfer to Bank-Payment Transaction' },
        { code: '2024300', name: 'Transaction still on process', outcome: 'pending', retry: 'poll' },
        { code: '05', family: 'card', name: 'Do not honor' },
        { code: '51', family: 'card', name: 'Insufficient funds', retry: 'later' },
        { code: '70', family: 'card', name: 'Contact Card Issuer', appliesTo: ['MASTERCARD'] },
        { code: '70', family: 'card', name: 'PIN data required', appliesTo: ['VISA'] },
      ]),
    },
    {
      file: 'portone.json',
      catalog: catalog('portone', 'PortOne Cloud', [{ id: 'status', name: 'PortOne status code', fields: ['status_code'] }], [
        { code: '4041', name: 'INVALID_AMOUNT' },
        { code: '5000', name: 'PAYMENT_SYSTEM_ERROR', outcome: 'unknown', retry: 'poll' },
        { code: '2000', name: 'SUCCESS', outcome: 'success' },
      ]),
    },
  ];
}
