import switches from '../../../queries/php/switch.scm';
import chains from '../../../queries/php/chain.scm';
import tests from '../../../queries/php/tests.scm';
import constants from '../../../queries/php/constants.scm';
import comments from '../../../queries/php/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const php: LanguageSpec = {
  name: 'php',
  wasm: 'tree-sitter-php.wasm',
  queries: { switches, chains, tests, constants, comments },
  strings: {
    "'": { escaped: "'\\" },
    '"': { escaped: '"\\$', controlEscape: 'x' },
  },
  printer: {
    lineComment: '//',
    // `?>` leaves PHP mode even inside a `//` comment.
    commentBreakers: ['?>'],
    preferredQuote: "'",
    mixesLabelKinds: true,
    indentUnit: '    ',
    armsIndented: true,
    arms: {
      clause: { head: 'case {label}:', body: ['break;'], stackable: true },
      // `throw` is an expression since PHP 8.0, the version that brought `match`.
      'rule.expression': { inline: '{label} => throw new \\LogicException({todo})', separator: ',' },
    },
    notImplemented: 'throw new \\LogicException({todo});',
    labelJoin: { rule: ', ' },
    chain: { or: ' || ', connector: ' elseif (', opener: ') ' },
  },
};
