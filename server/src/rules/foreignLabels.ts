// Labels shaped like no code of the family (ISO 8583 codes have two characters, SNAP's seven digits) that
// are no typo of one either. Two of them say that the construct branches on another system's codes: a
// gateway's own `-2`, `3` and `5` beside `12` and `30`, which merely look like card codes.
import type { CodeIndex } from '../catalog/codeIndex';
import type { ResolvedLabel } from './codeSwitch';
import { withinOneEdit } from './editDistance';
import { familyKey } from '../catalog/keys';

const FOREIGN_LABELS = 2;

function shapeOf(value: string): string {
  return `${value.length}:${/^\d+$/.test(value) ? 'digits' : /^\w+$/.test(value) ? 'word' : 'other'}`;
}

const shapesByIndex = new WeakMap<CodeIndex, Map<string, Set<string>>>();

function familyShapes(index: CodeIndex, provider: string, family: string): Set<string> {
  let byFamily = shapesByIndex.get(index);
  if (!byFamily) shapesByIndex.set(index, (byFamily = new Map()));
  const key = familyKey({ provider, family });
  let shapes = byFamily.get(key);
  if (!shapes) byFamily.set(key, (shapes = new Set(index.familyEntries(provider, family).map((e) => shapeOf(e.code!)))));
  return shapes;
}

/** Whether two or more literal labels are shaped like no code of the family and are no typo of one. */
export function branchesOnAnotherSystem(labels: readonly ResolvedLabel[], index: CodeIndex, provider: string, family: string): boolean {
  const shapes = familyShapes(index, provider, family);
  let foreign = 0;
  for (const { label, value, enumOf } of labels) {
    // An empty label is one still being typed, not another system's code.
    if (!value || enumOf || label.prefix || (label.kind !== 'string' && label.kind !== 'number')) continue;
    if (shapes.has(shapeOf(value))) continue;
    const near = index.familyEntries(provider, family).filter((e) => withinOneEdit(value, e.code!));
    if (new Set(near.map((e) => e.code)).size === 1) continue;
    if (++foreign >= FOREIGN_LABELS) return true;
  }
  return false;
}
