// A bundled catalog family as a read-only Markdown page (`paycodes-explanation:/catalog/<provider>/<family>.md`,
// served to the client by paycodes/catalogPage): one section per code, the hover's words in it. Go to
// Definition and workspace symbols open it at a code's section; rendered once per catalog index.
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry } from '../catalog/types';
import { escapeMarkdown, renderEntries } from '../explain/markdown';
import { familyKey } from '../catalog/keys';

/** The client's scheme for read-only explanation documents (client/src/markdownPreview.ts). */
export const EXPLANATION_SCHEME = 'paycodes-explanation';
const PAGE_PATH = /^\/catalog\/([^/]+)\/([^/]+)\.md$/;

interface Page {
  text: string;
  /** The line of each code's heading. */
  lines: Map<string, number>;
}

const pages = new WeakMap<CodeIndex, Map<string, Page>>();

export function catalogPageUri(e: Pick<CatalogEntry, 'provider' | 'family'>): string {
  return `${EXPLANATION_SCHEME}:/catalog/${encodeURIComponent(e.provider)}/${encodeURIComponent(e.family)}.md`;
}

function render(index: CodeIndex, provider: string, family: string): Page {
  const entries = index.familyEntries(provider, family);
  const out = [
    `# ${escapeMarkdown(index.providerName(provider))} — ${escapeMarkdown(index.family(provider, family)?.name ?? family)}`,
    '',
    `The catalog PayCodes explains these codes from (read-only; ${new Set(entries.map((e) => e.code)).size} codes). Your own \`*.paycodes.json\` can override an entry.`,
  ];
  const lines = new Map<string, number>();
  const byCode = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    const list = byCode.get(e.code!);
    if (list) list.push(e);
    else byCode.set(e.code!, [e]);
  }
  for (const [code, readings] of byCode) {
    out.push('');
    lines.set(code, out.length);
    out.push(`## \`${code}\``, '', ...renderEntries(index, readings).split('\n'));
  }
  return { text: out.join('\n') + '\n', lines };
}

function page(index: CodeIndex, provider: string, family: string): Page {
  let byFamily = pages.get(index);
  if (!byFamily) pages.set(index, (byFamily = new Map()));
  const key = familyKey({ provider, family });
  let p = byFamily.get(key);
  if (!p) byFamily.set(key, (p = render(index, provider, family)));
  return p;
}

/** The page's text for its URI; undefined for a URI that names no catalog family. */
export function catalogPageText(index: CodeIndex, uri: string): string | undefined {
  const m = PAGE_PATH.exec(uri.slice(uri.indexOf(':') + 1).replace(/^\/\/[^/]*/, ''));
  if (!m) return undefined;
  const [provider, family] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
  return index.family(provider, family) ? page(index, provider, family).text : undefined;
}

/** The line of a code's section in its family's page. */
export function catalogPageLine(index: CodeIndex, e: CatalogEntry): number {
  return page(index, e.provider, e.family).lines.get(e.code!) ?? 0;
}
