// Chooses how an inserted label is written: the literal kind and quote the switch's labels already use.
import type { LanguageSpec } from '../languages/languageSpec';
import type { CaseToInsert, LiteralKind, LiteralValue, QuoteStyle, SwitchSite } from '../types';
import { stringLiteral } from './stringLiterals';

export interface LabelStyle {
  /** Undefined when the switch has no literal label to copy. */
  kind?: LiteralKind;
  quote: QuoteStyle;
}

/** A decimal integer that reads the same in every supported language (a leading zero would be octal or invalid). */
export function isPortableNumber(value: string): boolean {
  return /^-?(?:0|[1-9][0-9]*)$/.test(value);
}

/** The first literal label decides, counting constants whose literal value a label names. */
export function labelStyle(site: SwitchSite, spec: LanguageSpec): LabelStyle {
  const literals = site.arms
    .flatMap((arm) => arm.labels)
    .map((label): LiteralValue | undefined =>
      label.kind === 'string' || label.kind === 'number' ? { ...label, kind: label.kind } : label.constant?.literal,
    )
    .filter((literal) => literal !== undefined);
  const quoted = literals.find((literal) => literal.kind === 'string');
  return { kind: literals[0]?.kind, quote: quoted?.quote || spec.printer.preferredQuote };
}

export function printLabel(
  insert: CaseToInsert,
  style: LabelStyle,
  spec: LanguageSpec,
): { label: string } | { reason: string } {
  if (insert.name) return { label: insert.name };
  const kind = style.kind ?? insert.literalKind;
  if (kind === 'number' && isPortableNumber(insert.value)) return { label: insert.value };
  if (kind === 'number' && !spec.printer.mixesLabelKinds) {
    return { reason: `'${insert.value}' is not a number literal, and a ${spec.name} switch over numbers cannot take a string label` };
  }
  return { label: stringLiteral(insert.value, style.quote, spec) };
}
