// catalogs/schema.json compiled to a standalone ajv check by esbuild.mjs at build time.
declare module 'paycodes:catalog-schema' {
  import type { ValidateFunction } from 'ajv';
  const check: ValidateFunction;
  export default check;
}
