// Decides whether a switch is over payment codes, and of which family; then what that API can return.
// A switch counts when at least two labels are long, specific codes of one family; or when its subject
// names a code (`resultCode`, `rc`, `status_code`, or the family's own field) and one label is a code of a
// gateway the file or the settings name (a check of SNAP's HTTP part, or words in the family's own field
// (`resultStatus` `S`), need no more); or, for a standard (ISO 8583), when two labels are its codes as text
// and the subject names a code, not a status.
// Months, HTTP methods, page sizes and attempt counters never qualify, even with code-like labels, nor
// does a switch over another system's codes, told by labels shaped like none of the family's.
// The same holds for if/else-if chains and dispatch maps, whose tests and keys arrive as labels; a prefix
// check (`startsWith("202")`) stands for every SNAP code it covers, and an enum's constants for their codes
// (an SDK's known enum, or an enum declared in the file whose constants are all codes of one family).
// A construct whose arms only yield another code system's literals is a translation table, not a decision:
// it counts only when what it translates into is itself a catalog family. One whose arms only yield words
// for a person (`'4002402' => 'Invalid mandatory field'`) is a message table, and never counts.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { fieldMatches } from '../catalog/rank';
import { isCodeName, isEveryonesField, isGenericCodeName, isStatusName, namesIssuerLayer, namesOwnLayer } from '../detect/codeNames';
import { numbersOwnAnswers } from '../detect/otherGateways';
import { isSpecific } from '../detect/lexeme';
import type { CaseLabel, SwitchSite } from '../syntax/types';
import type { FileEvidence } from './analyze';
import { familyScope } from './familyScope';
import { branchesOnAnotherSystem } from './foreignLabels';
import { bareMembersOf, qualifiedMember, type KnownEnum } from './knownEnums';
import { prefixEntries } from './prefixCodes';
import { familyKey } from '../catalog/keys';

export interface ResolvedLabel {
  label: CaseLabel;
  /** The literal value, the value of the same-file constant the label names, or the enum constant's code. */
  value?: string;
  /** The enum whose constant the label is: an SDK's, or one declared in the file (no family of its own). */
  enumOf?: Pick<KnownEnum, 'members'> & Partial<KnownEnum>;
}

export interface CodeSwitch {
  site: SwitchSite;
  provider: string;
  family: string;
  labels: ResolvedLabel[];
  /** Label values that are codes of the family. */
  handled: Set<string>;
  /** One entry per code the API behind this switch can return: the family's common codes plus the labels' groups. */
  scope: readonly CatalogEntry[];
  /** Every entry of every code in scope (a code can read differently per network or section). */
  scopeEntries: readonly CatalogEntry[];
}

function resolveLabel(label: CaseLabel, bare: KnownEnum | undefined): ResolvedLabel {
  if (label.prefix) return { label };
  if (label.kind === 'string' || label.kind === 'number') return { label, value: label.value };
  if (label.kind !== 'identifier') return { label };
  // The SDK's enum, even where the file declares it again (as its own copy, or in a test).
  const qualified = qualifiedMember(label.text);
  if (qualified) return { label, value: qualified.member, enumOf: qualified.known };
  if (label.constant?.enumMembers) return { label, value: label.constant.literal!.value, enumOf: { members: label.constant.enumMembers } };
  if (label.constant?.literal) return { label, value: label.constant.literal.value };
  if (bare) return { label, value: label.value, enumOf: bare };
  return { label };
}

/** The site's labels in source order, each with the value it stands for. */
export function resolvedLabels(site: SwitchSite): ResolvedLabel[] {
  const labels = site.arms.flatMap((a) => a.labels);
  const bare = labels.every((l) => l.kind === 'identifier' && !l.constant && l.text === l.value) ? bareMembersOf(labels.map((l) => l.value)) : undefined;
  return labels.map((label) => resolveLabel(label, bare));
}

/** The catalog entries a label stands for: its code's, or every code a prefix check covers. */
export function labelEntries(index: CodeIndex, { label, value }: ResolvedLabel): readonly CatalogEntry[] {
  if (label.prefix) return prefixEntries(index, label.value, label.prefix.codeLength);
  return value === undefined ? [] : index.lookup(value);
}

/** Another system's code, not a word: `"0000"`, `"05"`, `"DO_NOT_HONOR"`. A word (`'paid'`, `"FAILED"`) is a decision. */
const CODE_SHAPED = /^(\d{2,}|[A-Z0-9]+(_[A-Z0-9]+)+)$/;

/**
 * A translation table: every arm yields a code-shaped literal and nothing else. It decides nothing about
 * the payment unless what it yields is a catalog's codes.
 */
function translatesOutOfCatalogs(site: SwitchSite, index: CodeIndex): boolean {
  const yields = site.arms.map((arm) => arm.yields?.value);
  if (yields.length === 0 || yields.some((y) => y === undefined || !CODE_SHAPED.test(y))) return false;
  return !yields.every((y) => index.has(y!));
}

/** A message table: every arm yields words for a person and does nothing else. */
function choosesMessages(site: SwitchSite): boolean {
  return site.arms.length > 0 && site.arms.every((arm) => arm.message);
}

interface Vote {
  labels: number;
  /** Labels of words (`S`, `SUCCESS`), not numbers. */
  words: number;
  /** Prefix checks among the labels. */
  prefixes: number;
  /** Long codes nobody else has, and SDK enum constants. */
  specific: number;
  /** The subject is the family's own field. */
  fieldMatch: boolean;
  entry: CatalogEntry;
}

/**
 * `providers`: the gateways in evidence for the file, `otherGateways` those without a catalog it names
 * (analyze.ts's FileEvidence). A gateway's own short codes
 * (PortOne's `8002`, Alipay+'s `SUCCESS`) are everyone's numbers and words: its switch needs its gateway named,
 * as its hover does, unless two labels are long codes nobody else has or its words sit in its own field.
 */
export function codeSwitch(site: SwitchSite, index: CodeIndex, { providers, otherGateways }: FileEvidence): CodeSwitch | undefined {
  if (translatesOutOfCatalogs(site, index) || choosesMessages(site)) return undefined;
  const labels = resolvedLabels(site);
  const subject = site.subject.name;
  // A bare `code` or `status` says little alone, but a switch over it with codes of one family is a code switch.
  const subjectIsCode = subject !== undefined && (isCodeName(subject) || isGenericCodeName(subject));
  // Not for a standard's two characters: an application's `status` or `statusCode` numbers its own states
  // (`"02"` paid), a gateway's layer its own answers, and a bare `code` anything (an HSM's PIN block formats
  // `"01"`, `"47"`); the hovers read them so too.
  const subjectIsStandardCode = subject !== undefined && isCodeName(subject) && !isStatusName(subject) && !namesOwnLayer(subject);
  // In a file of a gateway that numbers its own answers alike (VNPay's 24, a cancellation), only a name for the
  // issuer's answer makes them the standard's.
  const ownNumbering = otherGateways.some(numbersOwnAnswers) && !(subject !== undefined && namesIssuerLayer(subject));
  // The family's own field, by a name no other API has (not `code` or `error_code`, which DOKU lists).
  const ownField = (e: CatalogEntry) => subject !== undefined && !isEveryonesField(subject) && fieldMatches(index, e, subject);
  const votes = new Map<string, Vote>();
  for (const resolved of labels) {
    const { value, enumOf } = resolved;
    const seen = new Set<string>();
    const standardless = resolved.label.kind === 'number';
    for (const e of labelEntries(index, resolved)) {
      if (enumOf?.provider && (e.provider !== enumOf.provider || e.family !== enumOf.family)) continue;
      // A standard's codes are two characters of text (ISO 8583's field 39): `code == 88` compares a key code.
      if (standardless && index.family(e.provider, e.family)?.standard) continue;
      // A declared enum counts only when every one of its constants is a code of this family.
      if (enumOf && !enumOf.provider && !enumOf.members.every((m) => index.lookup(m).some((x) => x.provider === e.provider && x.family === e.family))) continue;
      const key = familyKey(e);
      if (seen.has(key)) continue;
      seen.add(key);
      const v = votes.get(key) ?? { labels: 0, words: 0, prefixes: 0, specific: 0, fieldMatch: ownField(e), entry: e };
      v.labels++;
      if (value !== undefined && !/\d/.test(value)) v.words++;
      if (resolved.label.prefix) v.prefixes++;
      // An SDK enum's constant names its family as surely as a long code does.
      if ((value !== undefined && isSpecific(value)) || enumOf) v.specific++;
      votes.set(key, v);
    }
  }
  // A standard's two characters are everyone's numbers: one label that equals an ISO code
  // (`StatusCode switch { 0 => …, 1 or 2 => …, NetworkTimeout => … }` with `NetworkTimeout = 68`) is a coincidence.
  const counts = (v: Vote) => {
    if (v.specific >= 2) return true;
    if (index.family(v.entry.provider, v.entry.family)?.standard) return (subjectIsStandardCode || v.fieldMatch) && v.labels >= 2 && !ownNumbering;
    // A check of SNAP's HTTP part (`startsWith("200")`) has SNAP's shape, whoever's SNAP it is.
    if (v.prefixes > 0 || providers.includes(v.entry.provider)) return (subjectIsCode || v.fieldMatch) && v.labels >= 1;
    // `resultStatus` with `S` and `F`: words in the family's own field, as its hover reads them.
    return v.fieldMatch && v.words >= 1;
  };
  const eligible = [...votes.values()].filter(counts);
  if (eligible.length === 0) return undefined;
  eligible.sort((a, b) =>
    Number(b.fieldMatch) - Number(a.fieldMatch) || b.labels - a.labels || index.providerOrder(a.entry.provider) - index.providerOrder(b.entry.provider));
  const { provider, family } = eligible[0].entry;
  if (branchesOnAnotherSystem(labels, index, provider, family)) return undefined;
  return withScope(site, index, provider, family, labels);
}

function withScope(site: SwitchSite, index: CodeIndex, provider: string, family: string, labels: ResolvedLabel[]): CodeSwitch {
  const inFamily = (e: CatalogEntry) => e.provider === provider && e.family === family;
  const entries = labels.flatMap((l) => labelEntries(index, l).filter(inFamily));
  const handled = new Set(entries.map((e) => e.code!));
  // A prefix check covers every section; exact codes name the sections and the API (SNAP's service digits) in use.
  const exact = labels.filter((l) => !l.label.prefix).flatMap((l) => (l.value === undefined ? [] : index.lookup(l.value).filter(inFamily)));
  const everySection = labels.some((l) => l.label.prefix);
  const groups = new Set(['common', ...exact.map((e) => e.group)]);
  const services = new Set(exact.flatMap((e) => (e.serviceCode ? [e.serviceCode] : [])));
  // Over an SDK enum, only what its constants can express is expected.
  const enums = labels.filter((l) => l.value !== undefined);
  const members = enums.length > 0 && enums.every((l) => l.enumOf) ? new Set(enums[0].enumOf!.members) : undefined;
  const { scope, scopeEntries } = familyScope(index, provider, family, everySection ? undefined : groups, services, members);
  return { site, provider, family, labels, handled, scope, scopeEntries };
}
