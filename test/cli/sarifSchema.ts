// The SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK ships it (@microsoft/jest-sarif; draft-04, so
// validated with ajv's draft-04 class and its standard formats; its `language` pattern is not valid as a
// unicode regex, hence unicodeRegExp: false), to check our SARIF against the standard.
// Loaded with require and typed here: only what the tests call.
import * as fs from 'node:fs';

interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
interface AjvInstance {
  compile(schema: object): Validator;
}

const Ajv = require('ajv-draft-04') as new (opts: object) => AjvInstance;
const addFormats = require('ajv-formats') as (ajv: AjvInstance) => void;

export const SARIF_SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

export function sarifValidator(): (log: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
}
