// Modules esbuild.mjs makes from catalogs/ at build time. catalogs/schema.json, compiled to a standalone ajv check:
declare module 'paycodes:catalog-schema' {
  import type { ValidateFunction } from 'ajv';
  const check: ValidateFunction;
  export default check;
}

// The SHA-1 of each bundled catalog file as the build saw it, by file name (esbuild.mjs).
declare module 'paycodes:shipped-catalogs' {
  const digests: Readonly<Record<string, string>>;
  export default digests;
}
