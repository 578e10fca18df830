// Why a token was taken for a code: each piece of evidence the decision used, in words a hover can show
// ("`response_code` field · DOKU named in this file"), so a user learns the rule and can report a wrong one.

export type EvidenceKind =
  /** A long code only one family spells that way: a 7-digit SNAP code, an UPPER_SNAKE name one catalog uses. */
  | 'long-code'
  /** The name it is compared with, assigned to or keyed under is a response-code name (`responseCode`, `rc`). */
  | 'response-name'
  /** That name is the family's own field (`resultStatus` for Alipay+'s `U`). */
  | 'family-field'
  /** A key or element among several codes of the same family. */
  | 'code-map'
  /** A label of a switch over a response-code name. */
  | 'code-switch'
  /** The file handles this family's codes elsewhere, with evidence of their own. */
  | 'file-family'
  /** The file, its path or the workspace's settings name the provider. */
  | 'provider'
  /** The family is a shared standard (ISO 8583). */
  | 'standard'
  /** Not evidence but a warning: the file names a gateway without a catalog, whose own table wins. */
  | 'caveat';

export interface Evidence {
  kind: EvidenceKind;
  /** What the hover says, e.g. "`response_code` field", "DOKU named in this file". */
  says: string;
}

export const evidence = (kind: EvidenceKind, says: string): Evidence => ({ kind, says });

/** The hover's last line. */
export function whyLine(found: readonly Evidence[]): string {
  const reasons = found.filter((e) => e.kind !== 'caveat').map((e) => e.says);
  const caveats = found.filter((e) => e.kind === 'caveat').map((e) => e.says);
  return [reasons.length > 0 ? `Why a code: ${reasons.join(' · ')}` : '', ...caveats].filter((s) => s !== '').join('  \n');
}
