// A standard's codes all have one shape: ISO 8583's are two characters. A table or switch where many keys
// have another shape — `'-2'`, `'3'` and `'5'` next to `'12'` in a gateway's switch, `'2127'` and `'227'`
// next to `'22'` in a map of reason codes — is numbered by the gateway, and its two-digit keys are the
// gateway's numbers too, whatever ISO 8583 says they mean. One odd key (`-1 => :processing_error`, a
// `'1106'` row) does not make an ISO table someone else's.

/** How far a map's rows or a switch's labels are read around the token, at most: switch arms are long. */
const AROUND = 60;
/** `case '-2':`, `case 3:`, and a row key `'2127' =>` / `"3": ` / `-2 =>` at the start of a line. */
const LABEL = /\bcase\s+(["'`]?)(-?\d+)\1\s*(?::|,|=>|\bthen\b)/g;
const ROW_KEY = /^\s*(["'`]?)(-?\d+)\1\s*(?:=>|:(?!:))/;
/** The share of keys of another shape from which the table is the gateway's. */
const FOREIGN_SHARE = 0.25;

export function nearForeignKeys(lines: readonly string[], lineNo: number, word: string, via: 'key' | 'label'): boolean {
  const [first, last] = block(lines, lineNo);
  let keys = 0;
  let foreignKeys = 0;
  const count = (key: string, quoted: boolean) => {
    keys++;
    if (foreign(key, quoted, word)) foreignKeys++;
  };
  for (let i = first; i <= last; i++) {
    const line = lines[i].slice(0, 240);
    if (via === 'key') {
      const row = ROW_KEY.exec(line);
      if (row) count(row[2], row[1] !== '');
    } else {
      for (const m of line.matchAll(LABEL)) count(m[2], m[1] !== '');
    }
  }
  return foreignKeys > 0 && foreignKeys >= FOREIGN_SHARE * keys;
}

/** The lines indented at least as deep as the token's: the rows of its map, the labels and arms of its switch. */
function block(lines: readonly string[], lineNo: number): [number, number] {
  const depth = indent(lines[lineNo]);
  const inside = (i: number) => lines[i].trim() === '' || indent(lines[i]) >= depth;
  let first = lineNo;
  while (first > 0 && lineNo - first < AROUND && inside(first - 1)) first--;
  let last = lineNo;
  while (last < lines.length - 1 && last - lineNo < AROUND && inside(last + 1)) last++;
  return [first, last];
}

const indent = (line: string) => /^\s*/.exec(line)![0].length;

/** Unquoted numbers lose their leading zeros (`5` may be ISO's `05`); a longer or negative one never is a code. */
function foreign(key: string, quoted: boolean, word: string): boolean {
  if (key.startsWith('-')) return true;
  return quoted ? key.length !== word.length : key.length > word.length;
}
