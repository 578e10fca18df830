// Which gateways a file talks to, from what it and its path name: imports, hosts, API paths, class names
// (`AlipayClient`, `api.doku.com`, `/snap/v1.0/`), and which gateways without a catalog it names instead.
import type { CodeIndex } from '../catalog/codeIndex';
import { Vocabulary } from './mentions';
import { OTHER_GATEWAY_WORDS, otherGatewaysNamed } from './otherGateways';

/** Hints sit in imports and configuration near the top; reading further costs time on huge files. */
export const HINT_WINDOW = 64 * 1024;
/** The lines of a file's head its hints are read from. */
export const HINT_LINES = 400;

export interface ProviderEvidence {
  /** Catalog providers the file names. */
  named: string[];
  /** Gateways without a catalog the file names (`Stripe`, `PayWay`, `Alipay (China)`). */
  others: string[];
}

/**
 * What names a provider: its id and its catalog's `signals`; a catalog without signals (an own one) is also
 * named by its name and its homepage's host.
 */
export function providerKeywords(index: CodeIndex, provider: string): string[] {
  const catalog = index.catalog(provider);
  const words = new Set([provider.toLowerCase()]);
  if (catalog?.signals) {
    for (const s of catalog.signals) words.add(s.toLowerCase());
  } else if (catalog) {
    const name = catalog.providerName.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (name.length >= 4) words.add(name);
    const host = catalog.homepage && /^https?:\/\/(?:[\w-]+\.)*?([\w-]+)\.[a-z]+(?:\/|$)/i.exec(catalog.homepage);
    if (host && host[1].length >= 4) words.add(host[1].toLowerCase());
  }
  return [...words];
}

/** Every provider's keywords and every other gateway's words, in one vocabulary per index. */
const vocabularies = new WeakMap<CodeIndex, Vocabulary>();

function vocabulary(index: CodeIndex): Vocabulary {
  let v = vocabularies.get(index);
  if (!v) {
    v = new Vocabulary([...index.providerIds().flatMap((p) => providerKeywords(index, p)), ...OTHER_GATEWAY_WORDS]);
    vocabularies.set(index, v);
  }
  return v;
}

/** `path` is the file's path or URI: folders named for a gateway (`src/doku/`, `omnipay-sagepay/`) count. */
export function providerEvidence(index: CodeIndex, text: string, path = ''): ProviderEvidence {
  const head = `${path}\n${text.slice(0, HINT_WINDOW)}`;
  const found = vocabulary(index).named(head, head.toLowerCase());
  const names = (word: string) => found.has(word.toLowerCase());
  const others = otherGatewaysNamed(names);
  return {
    named: index.providerIds().filter((p) => !others.shadowed.has(p) && providerKeywords(index, p).some(names)),
    others: others.names,
  };
}

/**
 * A log's evidence: its head (`text`) names our providers, as a source file's does, but a gateway without a
 * catalog counts only when the path names it (`logs/flutterwave/`): a log's first lines often list every
 * connector an application has (`connectors enabled: stripe, adyen`), and that must not make a million lines
 * of Alipay+ answers another gateway's. The CLI's scan and the editor's open logs read a log alike.
 */
export function logProviderEvidence(index: CodeIndex, text: string, path: string): ProviderEvidence {
  return { named: providerEvidence(index, text, path).named, others: providerEvidence(index, '', path).others };
}

/** A file's head, where its hints are read: its first HINT_LINES lines. */
export function fileHead(text: string): string {
  return text.split('\n', HINT_LINES).join('\n');
}

export function providerHints(index: CodeIndex, text: string): string[] {
  return providerEvidence(index, text).named;
}
