// Every occurrence the detector finds in a text, checked against the invariants every caller relies on.
import { codesInText, type DetectOptions } from '../../../server/src/detect/findCodes';

export function drain(text: string, opts: DetectOptions): number {
  const lines = text.split(/\r?\n/);
  let count = 0;
  for (const o of codesInText(lines, opts)) {
    if (o.entries.length === 0) throw new Error(`occurrence of ${o.code} without entries`);
    if (!(o.start < o.end && o.end <= lines[o.line].length)) throw new Error(`occurrence of ${o.code} outside its line`);
    count++;
  }
  return count;
}
