// Constants defined in the file, so a label such as `BUSY` or `Codes.BUSY` can be read as the code it names.
import type { Node, Tree } from 'web-tree-sitter';
import type { Grammar } from './grammars';
import { literalValue } from './literals';
import { nodeRange } from './positions';
import type { ConstantDefinition } from './types';

/**
 * Name → first definition in the file, from the constants query: @constant.name, with @constant.string or
 * @constant.number in the same match when the value is a plain literal. Names are not scoped: best effort.
 */
export function collectConstants(grammar: Grammar, tree: Tree, source: string): Map<string, ConstantDefinition> {
  const found = new Map<number, { name: Node; string?: Node; number?: Node }>();
  for (const match of grammar.queries.constants.matches(tree.rootNode)) {
    const byName = new Map(match.captures.map((capture) => [capture.name, capture.node]));
    const name = byName.get('constant.name');
    if (!name) continue;
    const entry = found.get(name.id) ?? { name };
    entry.string ??= byName.get('constant.string');
    entry.number ??= byName.get('constant.number');
    found.set(name.id, entry);
  }
  const constants = new Map<string, ConstantDefinition>();
  for (const entry of [...found.values()].sort((a, b) => a.name.startIndex - b.name.startIndex)) {
    const name = source.slice(entry.name.startIndex, entry.name.endIndex);
    if (constants.has(name)) continue;
    const literal =
      (entry.string && literalValue(entry.string, 'string', grammar.spec, source)) ||
      (entry.number && literalValue(entry.number, 'number', grammar.spec, source)) ||
      undefined;
    constants.set(name, { name, range: nodeRange(entry.name), ...(literal && { literal }) });
  }
  return constants;
}
