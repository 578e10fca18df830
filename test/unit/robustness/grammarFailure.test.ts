// A grammar's own bug must cost one document, never the language for the rest of the session, and never
// the process.
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DocumentCache } from '../../../server/src/syntax/documentCache';
import { GrammarLoader, type Grammar } from '../../../server/src/syntax/grammars';
import { python } from '../../../server/src/syntax/languages/python';
import type { LanguageSpec } from '../../../server/src/syntax/languages/languageSpec';
import { newService, wasmDir } from '../syntax/syntaxHelpers';
import { nestedSwitches } from './nestedSwitches';

// 300 nested `match` statements with a string label open 601 indentation levels: past what
// tree-sitter-python 0.25 can save (see `maxIndentLevels` in languages/python.ts). Its one-byte overrun
// corrupts the parser, and whether that traps at once, later, or when the parser is freed depends on the
// heap: no test may let the grammar see this text.
const tooDeep = nestedSwitches('python', 300);
const plain = 'match result_code:\n    case "SYSTEM_BUSY":\n        retry()\n';

/** A full garbage collection, then time for finalizers to run: where freeing a broken parser would trap. */
async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A document cache over real grammars; `adapt` may change each grammar as it loads. */
function cacheWith(spec: LanguageSpec, adapt: (grammar: Grammar) => Grammar = (grammar) => grammar): DocumentCache {
  const loader = new GrammarLoader(wasmDir);
  return new DocumentCache({ load: async () => adapt(await loader.load(spec)) } as unknown as GrammarLoader, { maxBytes: 10_000_000, timeoutMs: 10_000 });
}

async function assertParsesCleanly(cache: DocumentCache, uri: string): Promise<void> {
  const next = await cache.parse(uri, 'python', 1, plain);
  assert.equal(next.status, 'parsed');
  assert.equal(next.status === 'parsed' && next.document.tree.rootNode.hasError, false);
}

describe('robustness: a grammar that fails', () => {
  it('skips Python indented deeper than its grammar can hold, before the grammar sees it', async () => {
    const service = newService();
    const deep = await service.parse('test:///deep.py', 'python', 1, tooDeep);
    assert.equal(deep.status === 'skipped' && deep.cause, 'too-deep');
    assert.match(deep.status === 'skipped' ? deep.message : '', /indented more than 380 levels deep.*python grammar/);
    assert.equal((await service.parse('test:///plain.py', 'python', 1, plain)).status, 'parsed');
  });

  it('skips the document whose parse traps, gives the grammar a new parser, and never frees the broken one', async () => {
    let traps = 1;
    let broken: WeakRef<object> | undefined;
    const cache = cacheWith(python, (grammar) => {
      broken = new WeakRef(grammar.parser);
      const parse = grammar.parser.parse.bind(grammar.parser);
      // What a trap inside the WebAssembly module looks like from JavaScript.
      grammar.parser.parse = (...args) => {
        if (traps-- > 0) throw Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
        return parse(...args);
      };
      return grammar;
    });
    const trapped = await cache.parse('test:///trapped.py', 'python', 1, plain);
    assert.equal(trapped.status === 'skipped' && trapped.cause, 'failed');
    assert.equal(trapped.status === 'skipped' && trapped.message, 'the python grammar failed on test:///trapped.py (memory access out of bounds); switches in it are not analysed');
    await assertParsesCleanly(cache, 'test:///next.py');
    await assertParsesCleanly(cache, 'test:///trapped.py');
    await collectGarbage();
    assert.ok(broken?.deref(), 'the broken parser is still held, so its finalizer never runs');
  });
});
