// Parse and analyse a text the way the server does, with the bundled catalogs and default rule settings.
import type { Node, Tree } from 'web-tree-sitter';
import { analyze, documentSyntax, sourceEvidence, type Analysis } from '../../../server/src/rules/analyze';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import type { ParsedDocument, SyntaxService } from '../../../server/src/syntax/syntaxService';
import { bundledIndex } from './fuzz';

let uris = 0;

export function freshUri(languageId: string): string {
  return `test:///robustness/${languageId}/${++uris}`;
}

/**
 * The parsed document, or undefined when the service skipped it: a size, depth or time limit is an answer.
 * A grammar that failed is not: the fuzzer found input that traps a parser.
 */
export async function parseOrSkip(service: SyntaxService, uri: string, languageId: string, version: number, text: string): Promise<ParsedDocument | undefined> {
  const outcome = await service.parse(uri, languageId, version, text);
  if (outcome.status === 'skipped' && outcome.cause === 'failed') throw new Error(outcome.message);
  return outcome.status === 'parsed' ? outcome.document : undefined;
}

export function analyse(service: SyntaxService, document: ParsedDocument): Analysis {
  const syntax = documentSyntax(service, document);
  return analyze(syntax, bundledIndex(), DEFAULT_RULE_SETTINGS, sourceEvidence(bundledIndex(), syntax.text, '', []));
}

/** How many ERROR and MISSING nodes the tree holds; iterative, so deep trees cannot overflow the stack. */
export function errorCount(tree: Tree): number {
  let count = 0;
  const stack: Node[] = [tree.rootNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) count++;
    if (node.hasError) stack.push(...node.children);
  }
  return count;
}
