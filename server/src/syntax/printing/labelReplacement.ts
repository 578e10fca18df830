// Rewrites one label's value in place, keeping its literal kind and quotes (typo fixes).
import type { LanguageSpec } from '../languages/languageSpec';
import type { CaseLabel, TextEdit } from '../types';
import { isPortableNumber } from './labelLiterals';
import { escapeContents } from './stringLiterals';

export function printLabelReplacement(spec: LanguageSpec, label: CaseLabel, value: string): TextEdit | undefined {
  if (label.kind === 'number') return isPortableNumber(value) ? { range: label.range, newText: value } : undefined;
  if (label.kind !== 'string' || label.quote === '') return undefined;
  const syntax = spec.strings[label.quote];
  const contents = syntax && escapeContents(value, label.quote, syntax);
  return contents === undefined ? undefined : { range: label.valueRange, newText: contents };
}
