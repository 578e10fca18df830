// Bundles the extension client, the language server and the CLI into dist/;
// with --tests, also compiles the mocha suites into out/test/.
import * as esbuild from 'esbuild';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

// Modules made from catalogs/ here, once, so that no start of the CLI or the server does that work again:
// `paycodes:catalog-schema`, catalogs/schema.json compiled to ajv's standalone check, and
// `paycodes:shipped-catalogs`, the SHA-1 of each bundled catalog (a file that still has it is read unchecked), and
// `paycodes:shipped-entries`, where in each of those files each code's entries are (for a lookup that parses only those).
const catalogModules = {
  name: 'catalog-modules',
  setup(build) {
    const dir = resolve('catalogs');
    const schemaFile = join(dir, 'schema.json');
    build.onResolve({ filter: /^paycodes:(catalog-schema|shipped-catalogs|shipped-entries)$/ }, (args) => ({ path: args.path, namespace: 'catalog-modules' }));
    build.onLoad({ filter: /^paycodes:catalog-schema$/, namespace: 'catalog-modules' }, () => {
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      // The schema declares its own draft; ajv needs the matching dialect class. It ships with PayCodes and
      // its tests check it, so its meta-schema is not compiled to check it again.
      const AjvClass = schema.$schema?.includes('2020-12') ? Ajv2020 : Ajv;
      const ajv = new AjvClass({ allErrors: true, strict: false, validateSchema: false, code: { source: true } });
      return { contents: standaloneCode(ajv, ajv.compile(schema)), loader: 'js', resolveDir: resolve('.'), watchFiles: [schemaFile] };
    });
    const catalogNames = () => readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json').sort();
    build.onLoad({ filter: /^paycodes:shipped-catalogs$/, namespace: 'catalog-modules' }, () => {
      const names = catalogNames();
      const digests = Object.fromEntries(names.map((n) => [n, createHash('sha1').update(readFileSync(join(dir, n))).digest('hex')]));
      return { contents: JSON.stringify(digests), loader: 'json', watchFiles: names.map((n) => join(dir, n)) };
    });
    build.onLoad({ filter: /^paycodes:shipped-entries$/, namespace: 'catalog-modules' }, () => {
      const names = catalogNames();
      const shippedEntries = Object.fromEntries(names.map((n) => [n, entrySpans(readFileSync(join(dir, n)))]).filter(([, e]) => e));
      // A string for JSON.parse at run time: V8 reads that faster than the same object as JavaScript.
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(shippedEntries))});`, loader: 'js', watchFiles: names.map((n) => join(dir, n)) };
    });
  },
};

/**
 * A catalog without its entries, and where each code's entries are in the file: a line `code<TAB>start end
 * start end…` per code, byte offsets in file order, for an indexOf at run time instead of a parse (an entry with
 * no code is filed under "null"). The bytes are read as latin1 so that the syntax tree's offsets are byte offsets
 * (JSON's own syntax is ASCII). None for a file that does not parse or has a code with white space in it (no
 * shipped catalog has: the entry checks refuse it): such a file is loaded whole.
 */
function entrySpans(bytes) {
  const { parseTree } = createRequire(import.meta.url)('jsonc-parser');
  const errors = [];
  const tree = parseTree(bytes.toString('latin1'), errors, { disallowComments: true, allowTrailingComma: false });
  const entries = tree?.children?.find((p) => p.children[0].value === 'entries')?.children[1];
  if (errors.length > 0 || entries?.type !== 'array') return undefined;
  const catalog = JSON.parse(bytes.toString('utf8'));
  const byCode = new Map();
  for (const [i, node] of entries.children.entries()) {
    const code = String(catalog.entries[i].code);
    if (/\s/.test(code)) return undefined;
    byCode.set(code, `${byCode.get(code) ?? code + '\t'}${node.offset} ${node.offset + node.length} `);
  }
  return { head: { ...catalog, entries: [] }, spans: `\n${[...byCode.values()].map((l) => l.trimEnd()).join('\n')}\n` };
}

const common = {
  plugins: [catalogModules],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  loader: { '.scm': 'text' },
  // jsonc-parser's UMD `main` hides its requires from the bundler; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
};

// The grammars' own .wasm files travel next to the bundle: web-tree-sitter loads them at run time.
const grammarWasm = [
  'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-java/tree-sitter-java.wasm',
  'tree-sitter-javascript/tree-sitter-javascript.wasm',
  'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-typescript/tree-sitter-tsx.wasm',
  'tree-sitter-go/tree-sitter-go.wasm',
  'tree-sitter-python/tree-sitter-python.wasm',
  'tree-sitter-php/tree-sitter-php.wasm',
  'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  'tree-sitter-ruby/tree-sitter-ruby.wasm',
  '@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm',
];

function copyWasm() {
  mkdirSync('dist/wasm', { recursive: true });
  for (const file of grammarWasm) {
    cpSync(join('node_modules', file), join('dist/wasm', file.split('/').pop()));
  }
}

// The log report embeds uPlot's own build, its CSS and its license in the HTML it writes.
function copyReportAssets() {
  const uplot = dirname(createRequire(import.meta.url).resolve('uplot/package.json'));
  mkdirSync('dist/report', { recursive: true });
  for (const [from, to] of [['dist/uPlot.iife.min.js', 'uPlot.iife.min.js'], ['dist/uPlot.min.css', 'uPlot.min.css'], ['LICENSE', 'uPlot.LICENSE']]) {
    cpSync(join(uplot, from), join('dist/report', to));
  }
}

const targets = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/server.ts' } },
  { entryPoints: { cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  // The CLI's commands other than explain, required by dist/cli.js only when run (cli/main.ts says why).
  {
    entryPoints: {
      cliLint: 'server/src/cli/lint.ts', cliScan: 'server/src/cli/scan.ts', cliReport: 'server/src/cli/scanReport.ts',
      cliCatalog: 'server/src/cli/catalogExport.ts',
    },
  },
  // Worker threads of the CLI's log scan and lint: bundles of their own, as small as their work.
  { entryPoints: { scanWorker: 'server/src/scan/scanWorker.ts', lintWorker: 'server/src/lint/lintWorker.ts' } },
];

function testEntries(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.parentPath.includes('fixtures'))
    .map((e) => join(e.parentPath, e.name));
}

rmSync('dist', { recursive: true, force: true });
copyWasm();
copyReportAssets();
const contexts = await Promise.all(
  targets.map((t) => esbuild.context({ ...common, ...t, outdir: 'dist' })),
);
if (args.has('--tests')) {
  rmSync('out', { recursive: true, force: true });
  contexts.push(
    await esbuild.context({
      ...common,
      entryPoints: testEntries('test'),
      outbase: '.',
      outdir: 'out',
      packages: 'external',
      external: ['vscode'],
    }),
  );
}
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
