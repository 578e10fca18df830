import switches from '../../../queries/python/switch.scm';
import chains from '../../../queries/python/chain.scm';
import tests from '../../../queries/python/tests.scm';
import constants from '../../../queries/python/constants.scm';
import comments from '../../../queries/python/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const python: LanguageSpec = {
  name: 'python',
  wasm: 'tree-sitter-python.wasm',
  // tree-sitter-python 0.25 saves its indentation stack into a 1024-byte buffer, two bytes per level after
  // one per open string (at most 255). With an odd number of strings open it can write one byte past the
  // buffer, into the parser's own state, from level 384 on (511 with one string); every later parse traps.
  maxIndentLevels: 380,
  queries: { switches, chains, tests, constants, comments },
  strings: {
    '"': { escaped: '"\\', controlEscape: 'x' },
    "'": { escaped: "'\\", controlEscape: 'x' },
  },
  printer: {
    lineComment: '#',
    // PEP 8 wants two spaces before an inline comment.
    trailingCommentGap: '  ',
    preferredQuote: '"',
    mixesLabelKinds: true,
    indentUnit: '    ',
    armsIndented: true,
    // A block cannot hold only a comment.
    arms: { clause: { head: 'case {label}:', body: ['pass'] } },
    notImplemented: 'raise NotImplementedError({todo})',
    labelJoin: { clause: ' | ' },
    chain: { or: ' or ', connector: '\n{indent}elif ', opener: ':', emptyBody: 'pass', indented: true },
  },
};
