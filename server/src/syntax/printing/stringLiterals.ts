// Writes a value as a string literal of the target language, escaped for the quote it uses.
import type { LanguageSpec, QuoteSyntax } from '../languages/languageSpec';
import type { QuoteStyle } from '../types';

type Quote = Exclude<QuoteStyle, ''>;

const namedControls: Readonly<Record<string, string>> = { '\n': 'n', '\r': 'r', '\t': 't' };

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function escapeControl(char: string, style: 'x' | 'u'): string {
  const named = namedControls[char];
  if (named) return `\\${named}`;
  const hex = char.charCodeAt(0).toString(16).padStart(style === 'x' ? 2 : 4, '0');
  return `\\${style}${hex}`;
}

/** The literal's contents between the quotes, or undefined when this quote cannot hold the value. */
export function escapeContents(value: string, quote: Quote, syntax: QuoteSyntax): string | undefined {
  let contents = '';
  for (const char of value) {
    if (syntax.escaped.includes(char)) contents += `\\${char}`;
    else if (isControl(char)) {
      if (!syntax.controlEscape) return undefined;
      contents += escapeControl(char, syntax.controlEscape);
    } else if (char === quote) return undefined;
    else contents += char;
  }
  return contents;
}

/** `value` in the first of `quote`, the language's preferred quote and its other quotes that can hold it. */
export function stringLiteral(value: string, quote: QuoteStyle, spec: LanguageSpec): string {
  const candidates = [quote, spec.printer.preferredQuote, ...Object.keys(spec.strings)] as QuoteStyle[];
  for (const candidate of candidates) {
    const syntax = candidate === '' ? undefined : spec.strings[candidate];
    const contents = syntax && escapeContents(value, candidate as Quote, syntax);
    if (contents !== undefined) return `${candidate}${contents}${candidate}`;
  }
  // Every language has a quote with control escapes; this only guards a misconfigured spec.
  throw new Error(`${spec.name}: no string literal can hold ${JSON.stringify(value)}`);
}
