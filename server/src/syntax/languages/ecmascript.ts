// JavaScript, TypeScript and their JSX dialects share node names, queries and case syntax.
import switches from '../../../queries/javascript/switch.scm';
import chains from '../../../queries/javascript/chain.scm';
import tests from '../../../queries/javascript/tests.scm';
import jsConstants from '../../../queries/javascript/constants.scm';
import tsConstants from '../../../queries/typescript/constants.scm';
import comments from '../../../queries/javascript/comments.scm';
import type { LanguageSpec } from './languageSpec';

const shared: Omit<LanguageSpec, 'name' | 'wasm'> = {
  queries: { switches, chains, tests, constants: jsConstants, comments },
  strings: {
    "'": { escaped: "'\\", controlEscape: 'x' },
    '"': { escaped: '"\\', controlEscape: 'x' },
    '`': { escaped: '`\\$', controlEscape: 'x' },
  },
  printer: {
    lineComment: '//',
    preferredQuote: "'",
    mixesLabelKinds: true,
    indentUnit: '  ',
    armsIndented: true,
    arms: { clause: { head: 'case {label}:', body: ['break;'], stackable: true } },
    notImplemented: 'throw new Error({todo});',
    chain: { or: ' || ', connector: ' else if (', opener: ') ' },
  },
};

export const javascript: LanguageSpec = { ...shared, name: 'javascript', wasm: 'tree-sitter-javascript.wasm' };

// TypeScript rejects a string label in a switch over numbers, and adds enums to the constants.
const typed: Omit<LanguageSpec, 'name' | 'wasm'> = {
  ...shared,
  queries: { ...shared.queries, constants: `${jsConstants}\n${tsConstants}` },
  printer: { ...shared.printer, mixesLabelKinds: false },
};

export const typescript: LanguageSpec = { ...typed, name: 'typescript', wasm: 'tree-sitter-typescript.wasm' };
export const tsx: LanguageSpec = { ...typed, name: 'tsx', wasm: 'tree-sitter-tsx.wasm' };
