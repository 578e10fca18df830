// The name that decides what a token is: the field it is assigned to or compared with, the subject of the
// switch it labels, the name of the list or map it sits in, or the word before it in prose.
import { isCodeName, isGenericCodeName, isStatusName, lastIdentifier, normalizeName } from './codeNames';
import { enclosing, type Enclosing } from './enclosing';
import { aliasedField } from './localAlias';
import { nameKind } from './nameKind';
import { switchSubject } from './switchSubject';
import type { TokenContext } from './tokenContext';

export interface Governing {
  name?: string;
  via: 'label' | 'field' | 'comparison' | 'membership' | 'element' | 'key' | 'prose' | 'none';
  /** For a map key: the line its literal opens on, where the search for sibling keys stops; none when unknown. */
  literalLine?: number;
  /** The map is built from arguments (`Map.of("05", …, "14", …)`): a sibling key is any argument. */
  keysAreArguments?: boolean;
}

/** Schema words that describe the value of their parent key: `acquirer_response_code: {example: "51"}`. */
const TRANSPARENT = new Set(['example', 'examples', 'default', 'enum', 'const', 'value', 'values']);
const GO_STRUCT_FIELD = /^\s*([A-Z]\w*)\s+[\w.*\[\]]+\s+`/;
const JSON_TAG = /\bjson:"([\w-]+)/;

/**
 * `followLocals`: a local may stand for the field it was given from (throughAlias). Not in a log, whose lines the
 * scan reads one at a time: the editor and `paycodes scan` must read a log alike.
 */
export function governingName(lines: readonly string[], lineNo: number, ctx: TokenContext, followLocals: boolean): Governing {
  const origin = (name: string | undefined) => (followLocals ? throughAlias(lines, lineNo, name) : name);
  switch (ctx.position) {
    case 'label':
      return { name: origin(subjectName(lines, lineNo, ctx.from)), via: 'label' };
    case 'arm': {
      const subject = switchSubject(lines, lineNo, ctx.from);
      // `'05' => 'never'` with no switch above is an entry of a PHP array or a Ruby hash.
      return subject ? { name: lastIdentifier(subject), via: 'label' } : keyOf(lines, lineNo, ctx.from);
    }
    case 'key':
      return keyOf(lines, lineNo, ctx.from, ctx.name);
    case 'named':
      return { name: origin(namedName(lines, lineNo, ctx)), via: ctx.relation ?? 'field' };
    case 'element': {
      const literal = enclosing(lines, lineNo, ctx.from);
      // `Map.of("05", "never", "14", "never")`: its arguments are keys and values.
      if (literal?.mapBuilder) return { name: ownerOf(lines, literal), via: 'key', literalLine: literal.line, keysAreArguments: true };
      return { name: literal && ownerOf(lines, literal), via: 'element' };
    }
    case 'prose':
      return { name: ctx.name, via: 'prose' };
    default:
      return { via: 'none' };
  }
}

/**
 * A local that names no code (`state`, `paymentStatus`) stands for the code or status field it was given from
 * on the lines above (`const state = reply.result.resultStatus;`).
 */
function throughAlias(lines: readonly string[], lineNo: number, name: string | undefined): string | undefined {
  if (name === undefined || nameKind(name).code) return name;
  const field = aliasedField(lines, lineNo, name);
  return field !== undefined && (nameKind(field).code || isStatusName(field)) ? field : name;
}

function subjectName(lines: readonly string[], lineNo: number, from: number): string | undefined {
  const subject = switchSubject(lines, lineNo, from);
  return subject && lastIdentifier(subject);
}

function keyOf(lines: readonly string[], lineNo: number, from: number, receiver?: string): Governing {
  // `advice["05"] = …`, `POLICY.put("51", …)`: the map is named on the line, its entries are on lines nearby.
  if (receiver) return { name: receiver, via: 'key' };
  const literal = enclosing(lines, lineNo, from);
  return { name: literal && ownerOf(lines, literal), via: 'key', literalLine: literal?.line };
}

/**
 * The name a literal goes by: its owner's, or its declared type's when that names codes and the owner
 * does not (`SOFT: ReadonlyArray<CardRc> = [`); a schema word's (`enum: [...]`) parent's.
 */
function ownerOf(lines: readonly string[], literal: Enclosing): string | undefined {
  const { owner, ownerType } = literal;
  if (owner === undefined) return undefined;
  if (TRANSPARENT.has(normalizeName(owner))) return enclosing(lines, literal.line, lines[literal.line].search(/\S|$/))?.owner ?? owner;
  if (nameKind(owner).code || ownerType === undefined) return owner;
  return ownerType.match(/[A-Za-z_$][\w$]*/g)?.find((t) => nameKind(t).code) ?? owner;
}

function namedName(lines: readonly string[], lineNo: number, ctx: TokenContext): string | undefined {
  const name = ctx.name!;
  const at = ctx.nameAt ?? ctx.from;
  if (TRANSPARENT.has(normalizeName(name))) return structField(lines[lineNo]) ?? enclosing(lines, lineNo, at)?.owner ?? name;
  if (isGenericCodeName(name)) {
    // `code` alone says little: `country.code`, `{"country": {"code": "62"}}` are no response codes.
    const owner = ctx.nameOwner ?? enclosing(lines, lineNo, at)?.owner;
    return owner && !isCodeName(`${owner}_${name}`) ? `${owner}_${name}` : name;
  }
  const kind = nameKind(name);
  if (kind.code || kind.other) return name;
  // A member of a named whole: `CardRc.DO_NOT_HONOR`, `enum CardRc { DoNotHonor = "05" }`, `http.StatusX: "…"`.
  const whole = ctx.nameOwner ?? (ctx.relation === 'field' ? enclosing(lines, lineNo, at)?.owner : undefined);
  if (whole === undefined) return name;
  const wholeKind = nameKind(whole);
  return wholeKind.code || wholeKind.other ? whole : name;
}

/** Go: a struct tag's `example:"…"` or `default:"…"` describes the field the line declares (its JSON name first). */
function structField(line: string): string | undefined {
  const field = GO_STRUCT_FIELD.exec(line);
  return field ? (JSON_TAG.exec(line)?.[1] ?? field[1]) : undefined;
}
