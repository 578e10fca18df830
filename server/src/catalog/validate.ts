// Checks a parsed catalog against catalogs/schema.json; every failure names its JSON pointer.
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import type { CatalogProblem } from './problem';

export type Validator = (file: string, value: unknown) => CatalogProblem[];

export function createValidator(schema: { $schema?: string }): Validator {
  // The schema declares its own draft; ajv needs the matching dialect class.
  const AjvClass = schema.$schema?.includes('2020-12') ? Ajv2020 : Ajv;
  // validateSchema: false: the schema ships with PayCodes and its tests check it; compiling the draft's
  // meta-schema to check it again would cost every CLI run a third of its start.
  const check = new AjvClass({ allErrors: true, strict: false, validateSchema: false }).compile(schema);
  return (file, value) =>
    check(value) ? [] : (check.errors ?? []).map((e) => ({ file, pointer: e.instancePath || '/', message: describe(e) }));
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `unknown property "${e.params.additionalProperty}"`;
  if (e.keyword === 'enum') return `${e.message}: ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return e.message ?? 'invalid';
}
