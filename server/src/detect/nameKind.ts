// What a name says about the value it holds, worked out once per name: the same few names recur on every
// line of a file, and splitting them into words is the detector's costliest step after reading the line.
import { isStatusName, namesACode } from './codeNames';
import { namesSomethingElse } from './otherNames';

export interface NameKind {
  /** `responseCode`, `rc`, `RETRYABLE_CODES`, `RC_APPROVED`. */
  code: boolean;
  /** `status`, `resultStatus`: a code only where the code's family uses that field. */
  status: boolean;
  /** `orderId`, `month`, `timeoutMs`, `eventType`: something other than a code. */
  other: boolean;
}

/** Bounded, because a log can hold any number of distinct keys. */
const MAX_NAMES = 4096;
const known = new Map<string, NameKind>();

export function nameKind(name: string): NameKind {
  let kind = known.get(name);
  if (kind === undefined) {
    if (known.size >= MAX_NAMES) known.clear();
    const code = namesACode(name);
    kind = { code, status: isStatusName(name), other: !code && namesSomethingElse(name) };
    known.set(name, kind);
  }
  return kind;
}
