import switches from '../../../queries/kotlin/switch.scm';
import chains from '../../../queries/kotlin/chain.scm';
import tests from '../../../queries/kotlin/tests.scm';
import constants from '../../../queries/kotlin/constants.scm';
import comments from '../../../queries/kotlin/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const kotlin: LanguageSpec = {
  name: 'kotlin',
  wasm: 'tree-sitter-kotlin.wasm',
  queries: { switches, chains, tests, constants, comments },
  strings: { '"': { escaped: '"\\$', controlEscape: 'u' } },
  printer: {
    lineComment: '//',
    preferredQuote: '"',
    mixesLabelKinds: false,
    indentUnit: '    ',
    armsIndented: true,
    // `TODO()` has type Nothing, so the arm fits a `when` used as a statement or as a value.
    arms: { rule: { inline: '{label} -> TODO({advice})' } },
    notImplemented: 'TODO({advice})',
    labelJoin: { rule: ', ' },
    chain: { or: ' || ', connector: ' else if (', opener: ') ' },
  },
};
