import switches from '../../../queries/java/switch.scm';
import chains from '../../../queries/java/chain.scm';
import tests from '../../../queries/java/tests.scm';
import constants from '../../../queries/java/constants.scm';
import comments from '../../../queries/java/comments.scm';
import type { LanguageSpec } from './languageSpec';

// An arm of a switch expression must yield a value, so its TODO throws; a statement arm may just `break`.
const throwTodo = 'throw new UnsupportedOperationException({todo});';

export const java: LanguageSpec = {
  name: 'java',
  wasm: 'tree-sitter-java.wasm',
  queries: { switches, chains, tests, constants, comments },
  strings: { '"': { escaped: '"\\', controlEscape: 'u' } },
  printer: {
    lineComment: '//',
    // Java decodes `\u000a` before lexing, even inside a comment, where it would end the line.
    commentBreakers: ['\\u'],
    preferredQuote: '"',
    mixesLabelKinds: false,
    indentUnit: '    ',
    armsIndented: true,
    arms: {
      clause: { head: 'case {label}:', body: ['break;'], stackable: true },
      'clause.expression': { head: 'case {label}:', body: [throwTodo], stackable: true },
      rule: { head: 'case {label} -> {', body: [], close: '}' },
      'rule.expression': { inline: `case {label} -> ${throwTodo}` },
    },
    notImplemented: 'throw new UnsupportedOperationException({todo});',
    labelJoin: { rule: ', ' },
    chain: { or: ' || ', connector: ' else if (', opener: ') ' },
  },
};
