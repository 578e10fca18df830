import switches from '../../../queries/ruby/switch.scm';
import chains from '../../../queries/ruby/chain.scm';
import tests from '../../../queries/ruby/tests.scm';
import constants from '../../../queries/ruby/constants.scm';
import comments from '../../../queries/ruby/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const ruby: LanguageSpec = {
  name: 'ruby',
  wasm: 'tree-sitter-ruby.wasm',
  queries: { switches, chains, tests, constants, comments },
  strings: {
    "'": { escaped: "'\\", unmarkedEscapes: true },
    // `\#` keeps a literal `#{` from interpolating.
    '"': { escaped: '"\\#', controlEscape: 'x' },
  },
  printer: {
    lineComment: '#',
    preferredQuote: "'",
    mixesLabelKinds: true,
    indentUnit: '  ',
    armsIndented: false,
    // `when` never falls through; an empty body evaluates to nil.
    arms: { clause: { head: 'when {label}', body: [] } },
    notImplemented: 'raise NotImplementedError, {todo}',
    labelJoin: { clause: ', ' },
    chain: { or: ' || ', connector: '\n{indent}elsif ', opener: '', indented: true, close: 'end' },
  },
};
