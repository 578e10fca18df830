import switches from '../../../queries/go/switch.scm';
import chains from '../../../queries/go/chain.scm';
import tests from '../../../queries/go/tests.scm';
import constants from '../../../queries/go/constants.scm';
import comments from '../../../queries/go/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const go: LanguageSpec = {
  name: 'go',
  wasm: 'tree-sitter-go.wasm',
  queries: { switches, chains, tests, constants, comments },
  strings: {
    '"': { escaped: '"\\', controlEscape: 'x' },
    // A raw string escapes nothing: a value holding a backquote or a control character needs "…".
    '`': { escaped: '' },
  },
  printer: {
    lineComment: '//',
    preferredQuote: '"',
    mixesLabelKinds: false,
    indentUnit: '\t',
    armsIndented: false,
    // Go cases never fall through, so an empty body is already an end.
    arms: { clause: { head: 'case {label}:', body: [] } },
    notImplemented: 'panic({todo})',
    labelJoin: { clause: ', ' },
    chain: { or: ' || ', connector: ' else if ', opener: ' ' },
  },
};
