// Checks a parsed catalog against catalogs/schema.json; every failure names its JSON pointer. The check is
// compiled from the schema when PayCodes is built (esbuild.mjs): compiling it with ajv at every start cost
// the CLI and the server about 60 ms.
import type { ErrorObject } from 'ajv';
import checkSchema from 'paycodes:catalog-schema';
import type { CatalogProblem } from './problem';

export type Validator = (file: string, value: unknown) => CatalogProblem[];

export const validateCatalog: Validator = (file, value) =>
  checkSchema(value) ? [] : (checkSchema.errors ?? []).map((e) => ({ file, pointer: e.instancePath || '/', message: describe(e) }));

function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `unknown property "${e.params.additionalProperty}"`;
  if (e.keyword === 'enum') return `${e.message}: ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return e.message ?? 'invalid';
}
