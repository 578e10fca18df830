// The decision "is this token a code, and whose", made explicit: each candidate family collects evidence, and
// each kind of code (codeKind.ts) has its threshold. The evidence it returns is what the hover's last line says.
//
// long   a literal, a label, a field or a log line is enough; not in a name for something else (`orderId`).
//        A name of words (`PAYMENT_IN_PROCESS`) also needs its family's field, a response-code name (not a bare
//        `code`) or the provider.
// short  a response-code name, the family's own field, a map or switch of the family's codes — and then, for a
//        gateway's own table, the gateway named in the file or workspace; for a standard (ISO 8583), nothing
//        more, unless the map's own value says otherwise; its codes are text, so not unquoted among arguments.
// word   the family's own field (`resultStatus` for `U`).
// A family's own field counts alone only by a name of its own: `code`, `error_code` or `status` are everyone's,
// there a name of words or a word also needs the provider.
// A file that names a gateway without a catalog (and not the candidate's) keeps only long numeric codes and
// standard codes, and of a gateway that numbers its own answers, standard codes only under an issuer's name.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { fieldMatches } from '../catalog/rank';
import { isEveryonesField, isEveryonesType, isGenericCodeName, namesGatewayTable, namesIssuerLayer, namesOwnLayer, typeField } from './codeNames';
import { numbersOwnAnswers } from './otherGateways';
import { codeKind, type CodeKind } from './codeKind';
import { evidence, type Evidence } from './evidence';
import type { Governing } from './governingName';
import { nearForeignKeys } from './foreignKeys';
import { constantNamesOtherAnswer, disagreesWithStandard, objectDescribesOtherwise, rowDescribesKey } from './mapAgreement';
import { mapsSeveralCodes } from './mapOfCodes';
import { contradicts, valueReadsAsAnswer } from './mapValue';
import { nameKind, type NameKind } from './nameKind';
import type { TokenContext } from './tokenContext';
import { familyKey } from '../catalog/keys';

export interface DecideOptions {
  index: CodeIndex;
  log: boolean;
  /** Providers the file or its path names. */
  fileProviders?: readonly string[];
  /** Providers the workspace says it uses (`paycodes.providers`, `.paycodes.json`). */
  preferredProviders?: readonly string[];
  /** Gateways without a catalog the file names. */
  otherGateways?: readonly string[];
  /** The file is program source (not data, text or a log): a line longer than MAX_SOURCE_LINE is generated. */
  source?: boolean;
  /** Families whose codes the file shows elsewhere with evidence of their own, and the first line that does. */
  fileFamilies?: (lines: readonly string[]) => ReadonlyMap<string, number>;
}

export interface Token {
  word: string;
  start: number;
  ctx: TokenContext;
  governing: Governing;
  lines: readonly string[];
  lineNo: number;
}

export interface Decision {
  /** The candidates that passed, in catalog order (ranking is the caller's). */
  entries: CatalogEntry[];
  evidence: Evidence[];
  kind: CodeKind;
}

/** Upper-case words joined by underscores: `INVALID_TOKEN`, not `PAY-E-4001` or `ACME_202`. */
const ENGLISH_NAME = /^[A-Z]+(?:_[A-Z]+)+$/;

/**
 * What follows a name given a number: `SUCCESS = 200`, `{ USER_NOT_EXIST: 201002 }`, Java's enum constant
 * `USER_NOT_EXIST(201002, …)`; not prose's `PAYMENT_IN_PROCESS (2 minutes)`.
 */
const GIVEN_A_NUMBER = /^(?:\s*(?:=(?!=)|:(?!:))\s*|\(\s*)-?\d/;

export function decide(token: Token, candidates: readonly CatalogEntry[], opts: DecideOptions): Decision | undefined {
  const { ctx, governing } = token;
  // A word given a number in source is that number's name (`enum ResultCode { SUCCESS = 200 }`): gateways' words are text.
  if (opts.source && !ctx.quoted && /\D/.test(token.word) && GIVEN_A_NUMBER.test(token.lines[token.lineNo].slice(token.start + token.word.length))) return undefined;
  const kind = codeKind(token.word, candidates, ctx.qualifier !== undefined);
  const name = governing.name === undefined ? undefined : nameKind(governing.name);
  if (name?.other && !name.code) return undefined;
  const accepted: CatalogEntry[] = [];
  const found = new Map<string, Evidence>();
  for (const family of byFamily(candidates)) {
    const reasons = familyEvidence(token, family, kind, name, opts);
    if (!reasons) continue;
    accepted.push(...family);
    for (const r of reasons) found.set(r.says, r);
  }
  return accepted.length > 0 ? { entries: accepted, evidence: [...found.values()], kind } : undefined;
}

function byFamily(candidates: readonly CatalogEntry[]): CatalogEntry[][] {
  const families = new Map<string, CatalogEntry[]>();
  for (const e of candidates) {
    const list = families.get(familyKey(e));
    if (list) list.push(e);
    else families.set(familyKey(e), [e]);
  }
  return [...families.values()];
}

function familyEvidence(token: Token, family: CatalogEntry[], kind: CodeKind, name: NameKind | undefined, opts: DecideOptions): Evidence[] | undefined {
  const { index } = opts;
  const e = family[0];
  const provider = providerEvidence(index, e.provider, opts);
  const standard = index.family(e.provider, e.family)?.standard === true;
  const foreign = opts.otherGateways?.length && !provider ? opts.otherGateways : undefined;
  const ownName = ownFieldName(token, e, index);
  const own = ownName === undefined ? undefined : ownField(token, ownName, index.providerName(e.provider), standard);
  const ownByName = ownName !== undefined && isOwnName(token, ownName);
  switch (kind) {
    case 'word':
      return own && (ownByName || provider) && !foreign ? [own, ...(provider ? [provider] : [])] : undefined;
    case 'long': {
      if (foreign && !/^\d+$/.test(token.word)) return undefined;
      if (!longCounts(token, name, own !== undefined, opts.log)) return undefined;
      // A name of words only one catalog uses is still English that other APIs use for their own errors
      // (`INVALID_TOKEN`, `PAYMENT_FAILED`, `INVALID_SIGNATURE`): it counts in its family's field, under a
      // response-code name (a bare `code` is anyone's), or where the provider is in evidence; a bare key, a
      // table row or a word in a log line says nothing of whose. A name with digits (`PAY-E-4001`) is nobody
      // else's, nor is a code of a catalog the project wrote itself.
      if (ENGLISH_NAME.test(token.word) && !ownByName && !provider && !namesResponse(token, name) && !index.origin(e)?.own) return undefined;
      return [evidence('long-code', longCodeSays(token.word, index, e)), ...(provider ? [provider] : [])];
    }
    case 'short': {
      const context = shortContext(token, family, name, own, opts);
      if (!context) return undefined;
      if (standard) {
        // The standard's codes are two characters of text: an unquoted number among a call's arguments, or
        // ending a statement, is something else: a message's field number (`reply.getString(39)`,
        // `m.set(14, card.getExpiry())`, `Integer RESPONSE_CODE = 39;`). In a list or a map it may be a code.
        if (token.ctx.argument || integerStatement(token, opts)) return undefined;
        // A row that describes its key in the standard's own words (`'60' => 'Card acceptor contact acquirer'`)
        // is the standard's row, whatever the table is called or however its words sound.
        const standardRow = token.governing.via === 'key' && rowDescribesKey(index, token.lines, token.lineNo, token.word, family);
        if (!standardRow && (contradicts(token, family) || (name?.code && namesOwnLayer(token.governing.name!)))) return undefined;
        // A table named for the gateway's own messages (Heartland's `GATEWAY_MESSAGES`, `'12' => 'Invalid CPC
        // data.'`) is no card table, however close its words come to the standard's.
        if (token.governing.via === 'key' && token.governing.name !== undefined && namesGatewayTable(token.governing.name)) return undefined;
        if (token.governing.via === 'key' && disagreesWithStandard(index, token.lines, token.lineNo, token.word, family)) return undefined;
        if (constantNamesOtherAnswer(token.lines[token.lineNo], token.word, family)) return undefined;
        if (!opts.log && objectDescribesOtherwise(token.lines, token.lineNo, token.start, token.word, family)) return undefined;
        if ((token.governing.via === 'key' || token.governing.via === 'label') && nearForeignKeys(token.lines, token.lineNo, token.word, token.governing.via)) return undefined;
        // Most gateways relay the issuer's code as it is; a few number their own answers alike, and in their files
        // the standard needs a name for the issuer's answer or a map of the standard's codes.
        if (opts.otherGateways?.some(numbersOwnAnswers) && context.kind !== 'code-map' && !namesIssuerLayer(token.governing.name ?? '')) return undefined;
        const caveat = opts.otherGateways?.length
          ? [evidence('caveat', `${opts.otherGateways.join(', ')} named in this file: where its own table differs, it wins over the standard`)]
          : [];
        return [context, evidence('standard', `${index.familyName(e)}, a shared standard`), ...caveat];
      }
      if (provider) return [context, provider];
      // A name several catalogs use (`SERVICE_UNAVAILABLE`) or a round SNAP code (`5000000`) in one family's own
      // field is that family's; a short number in a field called `status_code` could be any gateway's.
      return context.kind === 'family-field' && ownByName && !foreign && (!/^\d+$/.test(token.word) || token.word.length >= 6) ? [context] : undefined;
    }
  }
}

/**
 * The family's own field, by a name that is its own: `resultStatus`, not an application's
 * `{ code: ErrorCode.INVALID_PARAMETER }` (DOKU lists `code` and `error_code`), nor the `error_code` that
 * `error: { code: 'USER_NOT_FOUND' }` makes of a bare `code` (Akinon's field in name only).
 */
function isOwnName(token: Token, ownName: string): boolean {
  // By its type, only a type of the gateway's own (`ResultStatusType.U`): an application's `ResultCode.SUCCESS` is its own.
  if (ownName !== token.governing.name && token.ctx.qualifier !== undefined && isEveryonesType(token.ctx.qualifier)) return false;
  return !(token.ctx.name !== undefined && isGenericCodeName(token.ctx.name)) && !isEveryonesField(ownName);
}

/**
 * A name for a gateway's answer, more than a bare `code` or `status`: an application's own error object
 * (`{code: 'USER_NOT_FOUND'}`) names its codes so too.
 */
function namesResponse(token: Token, name: NameKind | undefined): boolean {
  return name?.code === true && !isGenericCodeName(token.governing.name!);
}

/**
 * An unquoted number that ends a statement of program source: `Integer RESPONSE_CODE = 39;`. Only a `;` tells a
 * statement from text: `response_code=08` ending a line is as often a heredoc's mock response as Python's code.
 */
function integerStatement(token: Token, opts: DecideOptions): boolean {
  return opts.source === true && !token.ctx.quoted && /^\d+$/.test(token.word) && /^\s*;/.test(token.lines[token.lineNo].slice(token.start + token.word.length));
}

/** A long code counts as a literal anywhere but in prose of a source file: `case`, a field, a quoted string. */
function longCounts(token: Token, name: NameKind | undefined, ownField: boolean, log: boolean): boolean {
  const { ctx, governing } = token;
  // `status` holds many things (an order's state, an HTTP status): a long name counts there only in its family's field.
  if (name?.code || name?.status) return !name.status || ownField || /^\d/.test(token.word);
  if (governing.via === 'key') return true;
  if (governing.via === 'prose' || governing.via === 'none' || governing.name === undefined) return governing.via === 'label' || ctx.quoted || log;
  return true;
}

function shortContext(token: Token, family: CatalogEntry[], name: NameKind | undefined, own: Evidence | undefined, opts: DecideOptions): Evidence | undefined {
  const { governing } = token;
  const named = governing.name;
  if (own) return own;
  if (name?.code && !name.status) {
    if (governing.via === 'label') return evidence('code-switch', `label of a switch over \`${named}\``);
    return evidence('response-name', governing.via === 'key' ? `key of \`${named}\`` : governing.via === 'element' ? `listed in \`${named}\`` : `\`${named}\` field`);
  }
  const answers = () => valueReadsAsAnswer(token) || rowDescribesKey(opts.index, token.lines, token.lineNo, token.word, family);
  if (governing.via === 'key' && answers() && mapsSeveralCodes(opts.index, token.lines, token.lineNo, token.start, token.word, family, governing.literalLine ?? 0, governing.keysAreArguments)) {
    return evidence('code-map', named ? `key of \`${named}\`, a map of several ${opts.index.familyName(family[0])} codes` : `key of a map of several ${opts.index.familyName(family[0])} codes`);
  }
  if (name?.status && opts.fileFamilies) {
    const line = opts.fileFamilies(token.lines).get(familyKey(family[0]));
    if (line !== undefined && line !== token.lineNo) return evidence('file-family', `\`${named}\` compared with a code this file maps on line ${line + 1}`);
  }
  return undefined;
}

/** The name by which the token stands in the family's own field: the field's, or its type's (`ResultStatusType`). */
function ownFieldName(token: Token, e: CatalogEntry, index: CodeIndex): string | undefined {
  const { governing, ctx } = token;
  if (governing.name !== undefined && fieldMatches(index, e, governing.name)) return governing.name;
  const typed = ctx.qualifier === undefined ? undefined : typeField(ctx.qualifier);
  return typed && fieldMatches(index, e, typed) ? typed : undefined;
}

/** What the hover says of the family's own field (ownFieldName found it): `resultStatus` for `U`, `ResultStatusType.U`. */
function ownField(token: Token, name: string, providerName: string, standard: boolean): Evidence {
  // A standard's fields are everyone's: `response_code` is no more DOKU's than any acquirer's.
  const whose = standard ? '' : `, ${providerName}'s own`;
  return evidence('family-field', name === token.governing.name ? `\`${name}\`${whose} field` : `\`${token.ctx.qualifier}\`${whose} type`);
}

function providerEvidence(index: CodeIndex, provider: string, opts: DecideOptions): Evidence | undefined {
  const name = index.providerName(provider);
  if (opts.fileProviders?.includes(provider)) return evidence('provider', `${name} named in this file`);
  if (opts.preferredProviders?.includes(provider)) return evidence('provider', `${name} listed in paycodes.providers`);
  return undefined;
}

function longCodeSays(word: string, index: CodeIndex, e: CatalogEntry): string {
  const family = index.familyName(e);
  return /^\d+$/.test(word) ? `a ${word.length}-digit ${family} code` : `a name only ${index.providerName(e.provider)} uses`;
}
