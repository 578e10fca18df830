import switches from '../../../queries/python/switch.scm';
import constants from '../../../queries/python/constants.scm';
import comments from '../../../queries/python/comments.scm';
import type { LanguageSpec } from './languageSpec';

export const python: LanguageSpec = {
  name: 'python',
  wasm: 'tree-sitter-python.wasm',
  queries: { switches, constants, comments },
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
  },
};
