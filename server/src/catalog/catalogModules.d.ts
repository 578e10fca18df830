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

// Each bundled catalog file as the build saw it (esbuild.mjs), by file name: the catalog with no entries, and
// where each code's entries are in the file, a line `code<TAB>start end start end…` per code.
declare module 'paycodes:shipped-entries' {
  const entries: Readonly<Record<string, { head: unknown; spans: string }>>;
  export default entries;
}
