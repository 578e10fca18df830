// Constants defined in the file, so a label such as `BUSY` or `Codes.BUSY` can be read as the code it names.
import type { Node, Tree } from 'web-tree-sitter';
import type { Extent } from './editShift';
import type { Grammar } from './grammars';
import { literalValue } from './literals';
import { nodeRange, queryRange } from './positions';
import type { Located } from './reuse';
import type { ConstantDefinition } from './types';

export interface ConstantTable {
  /** Every definition, in source order, with the span its name and value were read from. */
  definitions: Located<ConstantDefinition>[];
  /** Name → first definition in the file. Names are not scoped: best effort. */
  byName: Map<string, ConstantDefinition>;
}

export function constantTable(definitions: Located<ConstantDefinition>[]): ConstantTable {
  const byName = new Map<string, ConstantDefinition>();
  for (const { value } of definitions) if (!byName.has(value.name)) byName.set(value.name, value);
  return { definitions, byName };
}

/** An enum's constants, read from one declaration: each stands for its own name and knows its siblings. */
function enumConstants(names: Node[], source: string): Map<number, string[]> {
  const members = names.map((n) => source.slice(n.startIndex, n.endIndex));
  return new Map(names.map((n) => [n.id, members]));
}

/**
 * Definitions from the constants query, in the whole tree or meeting the given extents: @constant.name,
 * with @constant.string or @constant.number in the same match when the value is a plain literal, and
 * @constant.definition on the declaration, the span an edit must touch to change what the match reads.
 * @constant.enum names the enum a value-less constant belongs to: the whole enum is its definition.
 */
export function findConstants(grammar: Grammar, tree: Tree, source: string, within?: readonly Extent[]): Located<ConstantDefinition>[] {
  const found = new Map<number, { name: Node; string?: Node; number?: Node; definition?: Node; enumOf?: Node }>();
  const matches = within ? within.flatMap((extent) => grammar.queries.constants.matches(tree.rootNode, queryRange(extent, source))) : grammar.queries.constants.matches(tree.rootNode);
  for (const match of matches) {
    const byName = new Map(match.captures.map((capture) => [capture.name, capture.node]));
    const name = byName.get('constant.name');
    if (!name) continue;
    const entry = found.get(name.id) ?? { name };
    entry.string ??= byName.get('constant.string');
    entry.number ??= byName.get('constant.number');
    entry.definition ??= byName.get('constant.definition');
    entry.enumOf ??= byName.get('constant.enum');
    found.set(name.id, entry);
  }
  const byEnum = new Map<number, Node[]>();
  for (const entry of found.values()) if (entry.enumOf) byEnum.set(entry.enumOf.id, [...(byEnum.get(entry.enumOf.id) ?? []), entry.name]);
  const members = new Map([...byEnum.values()].flatMap((names) => [...enumConstants(names.sort((a, b) => a.startIndex - b.startIndex), source)]));
  return [...found.values()]
    .sort((a, b) => a.name.startIndex - b.name.startIndex)
    .map((entry) => {
      const literal =
        (entry.string && literalValue(entry.string, 'string', grammar.spec, source)) ||
        (entry.number && literalValue(entry.number, 'number', grammar.spec, source)) ||
        undefined;
      const name = source.slice(entry.name.startIndex, entry.name.endIndex);
      const definition = entry.definition ?? entry.name;
      const enumMembers = members.get(entry.name.id);
      const value: ConstantDefinition = enumMembers
        ? { name, range: nodeRange(entry.name), literal: { value: name, kind: 'string', quote: '' }, enumMembers }
        : { name, range: nodeRange(entry.name), ...(literal && { literal }) };
      return { extent: { start: definition.startIndex, end: definition.endIndex }, value };
    });
}
