// Types of catalogs.mjs for the TypeScript tests that run the generator in memory.
import type { Outcome, RetryAdvice } from '../../server/src/catalog/types';

export interface GeneratedCatalog {
  file: string;
  text: string;
}

export interface Rule {
  readonly name: string;
  readonly applies: (facts: Record<string, string>) => boolean;
  readonly decision: { readonly outcome: Outcome; readonly retry: RetryAdvice };
}

export function generateCatalogs(sharedDir: string): GeneratedCatalog[];
export const ruleSets: Readonly<Record<string, readonly Rule[]>>;
/** The one serialization of every generated file: 2-space ASCII JSON with a trailing newline. */
export function toJson(value: unknown): string;
