import switches from '../../../queries/csharp/switch.scm';
import chains from '../../../queries/csharp/chain.scm';
import tests from '../../../queries/csharp/tests.scm';
import constants from '../../../queries/csharp/constants.scm';
import comments from '../../../queries/csharp/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const csharp: LanguageSpec = {
  name: 'c_sharp',
  wasm: 'tree-sitter-c_sharp.wasm',
  queries: { switches, chains, tests, constants, comments },
  // `\x` takes up to four hex digits in C#, so control characters use the fixed-width `\u`.
  strings: { '"': { escaped: '"\\', controlEscape: 'u' } },
  printer: {
    lineComment: '//',
    preferredQuote: '"',
    mixesLabelKinds: false,
    indentUnit: '    ',
    armsIndented: true,
    arms: {
      clause: { head: 'case {label}:', body: ['break;'], stackable: true },
      'rule.expression': { inline: '{label} => throw new System.NotImplementedException({todo})', separator: ',' },
    },
    notImplemented: 'throw new System.NotImplementedException({todo});',
    labelJoin: { rule: ' or ' },
    chain: { or: ' || ', connector: ' else if (', opener: ') ' },
  },
};
