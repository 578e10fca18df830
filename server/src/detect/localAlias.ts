// A local that holds what a field held: `const state = reply.result.resultStatus;`, then `if (state === 'S')`.
// Read lexically, as the rest of the detector reads: the nearest assignment to that name in the lines above,
// within about a function's length. A log line has no lines above it here.
import { lastIdentifier } from './codeNames';

const MAX_LINES = 40;
/** Longer lines are data or minified code, where no local is assigned. */
const MAX_LINE = 400;
const MAX_PATTERNS = 1024;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const FALLBACK = /\|\||\?\?|\bor\b|\?:/;
// A path of names and keys, maybe through a getter or a lookup by literal keys: `r.getResultStatus()`,
// `response.dig('confirmation', 'response_code')`, `data.get("resultStatus")`.
const KEYS = String.raw`(?:\s*(?:'[^']*'|"[^"]*"|:\w+)(?:\s*,\s*(?:'[^']*'|"[^"]*"|:\w+))*\s*)?`;
const FIELD_READ = new RegExp(String.raw`^\s*(?:await\s+)?[\w$.?[\]'":>-]+(?:\(${KEYS}\))?\s*;?\s*$`);

const patterns = new Map<string, RegExp>();

/**
 * A statement that gives `name` a value: `name = …`, `const name: T = …`, `$name = …`, `name := …`,
 * `final String name = …`; not `==` or `=>`, nor the words of a string (`"response: MTI={}"`).
 */
function assignmentTo(name: string): RegExp {
  let p = patterns.get(name);
  if (!p) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    const escaped = name.replace(/\$/g, '\\$');
    p = new RegExp(String.raw`^\s*(?:[\w.<>[\]?]+\s+){0,2}\$?${escaped}\s*(?::\s*[\w.<>[\]|?]+\s*)?:?=(?![=>])\s*(.+)$`);
    patterns.set(name, p);
  }
  return p;
}

/** The field the local `name` was last given from, on the lines above `lineNo`: `resultStatus` for `state`. */
export function aliasedField(lines: readonly string[], lineNo: number, name: string): string | undefined {
  if (!IDENTIFIER.test(name)) return undefined;
  const assigned = assignmentTo(name);
  for (let i = lineNo - 1; i >= 0 && i >= lineNo - MAX_LINES; i--) {
    if (lines[i].length > MAX_LINE) continue;
    const m = assigned.exec(lines[i]);
    if (!m) continue;
    // Of `a?.resultStatus || b?.result_code`, the first: the others are fallbacks. Only a field read as it is
    // (`reply.result.resultStatus`, `r['rc']`, `r.getResultStatus()`): what a call makes of one
    // (`toAppState(r.resultStatus)`, `len(r.responseCode)`) is something else.
    const origin = m[1].split(FALLBACK)[0];
    return FIELD_READ.test(origin) ? lastIdentifier(origin) : undefined;
  }
  return undefined;
}
