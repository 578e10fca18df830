// Catalog entries and files in one fixed key order (that of server/src/catalog/types.ts), so output is diffable.
const ENTRY_KEYS = [
  'provider', 'family', 'group', 'code', 'name', 'message', 'description', 'resolution', 'httpStatus',
  'outcome', 'retry', 'appliesTo', 'source', 'resultStatus', 'category', 'template', 'serviceCode',
  'serviceName', 'caseCode',
];

export function entry(fields) {
  const unknown = Object.keys(fields).filter((k) => !ENTRY_KEYS.includes(k));
  if (unknown.length > 0) throw new Error(`not catalog entry fields: ${unknown.join(', ')}`);
  if (fields.code === undefined) throw new Error(`entry without a code (use null for an undocumented one): ${fields.name}`);
  return Object.fromEntries(ENTRY_KEYS.filter((k) => fields[k] !== undefined).map((k) => [k, fields[k]]));
}

export function catalogFile({ provider, providerName, homepage, signals, families, entries }) {
  return { $schema: './schema.json', provider, providerName, homepage, signals, families, entries };
}

/**
 * 2-space JSON with a trailing newline: the one serialization of every generated file. Non-ASCII characters
 * (DOKU's en dashes) are written as `\uXXXX`: a file of ASCII decodes to a one-byte string, which reads and
 * parses markedly faster, and every `paycodes explain` reads 3 MB of catalogs at its start.
 */
export function toJson(value) {
  const text = JSON.stringify(value, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
