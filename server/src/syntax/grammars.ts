// Loads a language's grammar and queries on first use, once; a grammar that fails to load fails alone.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
// `require`, not `import`: esbuild would otherwise bundle the ES build, whose `import.meta.url` is
// undefined in the CommonJS bundle and makes the runtime fail to start.
import TreeSitter = require('web-tree-sitter');
import type { LanguageSpec } from './languages/languageSpec';

export interface Grammar {
  spec: LanguageSpec;
  language: TreeSitter.Language;
  /** Replaced by `replaceParser` when a parse fails inside the WebAssembly module. */
  parser: TreeSitter.Parser;
  queries: {
    readonly switches: TreeSitter.Query;
    readonly chains: TreeSitter.Query;
    readonly tests: TreeSitter.Query;
    readonly constants: TreeSitter.Query;
    readonly comments: TreeSitter.Query;
  };
}

export class GrammarUnavailable extends Error {}

/**
 * Parsers whose state broke. Never deleted (freeing memory through broken state traps again), and held
 * here for good: once unreachable, web-tree-sitter's finalizer would delete them anyway, trapping outside
 * any handler, which ends the process.
 */
const brokenParsers: TreeSitter.Parser[] = [];

/** Gives the grammar a new parser after its parser failed: a trap in the WebAssembly module. */
export function replaceParser(grammar: Grammar): void {
  brokenParsers.push(grammar.parser);
  grammar.parser = new TreeSitter.Parser().setLanguage(grammar.language);
}

// The runtime is one WebAssembly module per process: initialising it again would orphan loaded grammars.
let runtime: Promise<void> | undefined;

function startRuntime(wasmDir: string): Promise<void> {
  runtime ??= TreeSitter.Parser.init({ locateFile: (file: string) => path.join(wasmDir, file) }).catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

export class GrammarLoader {
  private readonly loaded = new Map<string, Promise<Grammar>>();

  constructor(private readonly wasmDir: string) {}

  /** Rejects with a one-line GrammarUnavailable naming the language; the failure is remembered. */
  load(spec: LanguageSpec): Promise<Grammar> {
    let grammar = this.loaded.get(spec.name);
    if (!grammar) {
      grammar = this.instantiate(spec);
      this.loaded.set(spec.name, grammar);
    }
    return grammar;
  }

  private async instantiate(spec: LanguageSpec): Promise<Grammar> {
    const file = path.join(this.wasmDir, spec.wasm);
    try {
      await startRuntime(this.wasmDir);
      const language = await TreeSitter.Language.load(await readFile(file));
      const parser = new TreeSitter.Parser().setLanguage(language);
      // Compiling a query costs tens of milliseconds in a large grammar, in every thread that loads it: the
      // two every parse needs are compiled here (a broken one makes the grammar unavailable), the others
      // when first asked for (tests only where there is an `if`, constants only where a label is a name).
      let tests: TreeSitter.Query | undefined;
      let constants: TreeSitter.Query | undefined;
      let comments: TreeSitter.Query | undefined;
      return {
        spec,
        language,
        parser,
        queries: {
          switches: new TreeSitter.Query(language, spec.queries.switches),
          chains: new TreeSitter.Query(language, spec.queries.chains),
          get tests() {
            return (tests ??= new TreeSitter.Query(language, spec.queries.tests));
          },
          get constants() {
            return (constants ??= new TreeSitter.Query(language, spec.queries.constants));
          },
          get comments() {
            return (comments ??= new TreeSitter.Query(language, spec.queries.comments));
          },
        },
      };
    } catch (error) {
      throw new GrammarUnavailable(`${spec.name} grammar unavailable (${file}): ${oneLine(error)}`);
    }
  }
}
