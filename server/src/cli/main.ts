// The `paycodes` command line: parses arguments, loads the catalogs once, runs one command.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBundledCatalogs } from '../catalog/bundled';
import { loadBundledCatalogsOf } from '../catalog/bundledLookup';
import { CatalogSet } from '../catalog/catalogSet';
import type { CodeIndex } from '../catalog/codeIndex';
import { ownCatalogFiles } from '../catalog/ownCatalogs';
import { excludedBy } from '../files/walkFiles';
import { parseTimeArgument } from '../scan/leadingTime';
import { formatProblem } from '../catalog/problem';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { explain, spellings } from './explain';
import { isUsageError, processIo, UsageError, type Io } from './io';
import { parseMaxWarnings } from './maxWarnings';
import { projectRoot } from './projectRoot';
import { readSettingsFile } from './settingsFile';

const USAGE = `usage: paycodes <command> [options]

commands:
  explain <code> [--provider P] [--json]   what a gateway code means and what to do about it
  lint <files or folders…> [--format text|json|sarif] [--max-warnings N] [--jobs N] [--cache [--cache-location FILE]]
                                           switches that leave retryable codes to default; typo'd codes
  scan <logs or folders…|-> [--json] [--since T] [--until T] [--jobs N] [--report FILE.html [--id-field NAME]]
                                           codes found in logs (folders searched, their source files
                                           left to lint; .gz inflated),
                                           counted per code and outcome, first and last time seen;
                                           --report also writes a timeline and the pending references
  catalog export --format csv|jsonl|splunk|elastic [--out PATH]
                                           the catalogs as lookup tables for log platforms

options of every command:
  --catalog FILE        load this own catalog (file or folder; repeatable) instead of discovering them
  --no-own-catalogs     bundled catalogs only

project root: the nearest folder, from the current one upward, holding .paycodes.json, .git or a project
file (package.json, pom.xml, go.mod, ...). Settings: its .paycodes.json (the editor's paycodes.* keys
without the prefix). Own catalogs: every *.paycodes.json below it, and the paths its "catalogs" lists;
none outside a project, and /, the home and the temp folder are searched only when run from there.

exit codes: 0 ok, 1 nothing found / findings, 2 usage or input error`;

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    await io.out(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  let broken = false;
  const complain = (line: string) => {
    broken = true;
    io.err(`paycodes: ${line}\n`);
  };
  const { catalogArgs, noOwn, args } = catalogOptions(rest);
  const project = projectRoot(process.cwd());
  const settings = project.root === undefined ? DEFAULT_SETTINGS : readSettingsFile(project.root, complain);
  // explain looks one code up and exits: of the bundled catalogs, it reads that code's entries only.
  const looked = lookedUpCodes(command, args);
  const catalogs = new CatalogSet(looked === undefined ? loadBundledCatalogs() : loadBundledCatalogsOf(looked));
  const own = noOwn && catalogArgs.length === 0
    ? { files: [], problems: [] }
    : catalogArgs.length > 0
      ? ownCatalogFiles([], catalogArgs, false, process.cwd())
      : ownCatalogFiles(project.searchable ? [project.root!] : [], settings.catalogs, true, project.root);
  for (const p of own.problems) complain(`catalogs: ${p.file}: ${p.message}`);
  catalogs.setOwnFiles(own.files);
  // A broken catalog costs that file (or entry) only: the answer still comes, but the run is not clean.
  for (const p of [...catalogs.bundledProblems(), ...own.files.flatMap((f) => catalogs.problems(f))]) complain(`catalog: ${formatProblem(p)}`);
  const code = await dispatch(io, catalogs.index(settings.providers), settings, project.root ?? process.cwd(), command, args);
  return broken ? Math.max(code, 2) : code;
}

/** The options every command takes, taken out of its arguments. */
function catalogOptions(args: string[]): { catalogArgs: string[]; noOwn: boolean; args: string[] } {
  const catalogArgs: string[] = [];
  let noOwn = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--no-own-catalogs') noOwn = true;
    else if (a.startsWith('--catalog=')) catalogArgs.push(a.slice('--catalog='.length));
    else if (a === '--catalog') {
      if (i + 1 >= args.length) throw new UsageError('--catalog needs a catalog file or folder');
      catalogArgs.push(args[++i]);
    } else rest.push(a);
  }
  return { catalogArgs, noOwn, args: rest };
}

function explainArgs(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: { provider: { type: 'string' }, json: { type: 'boolean', default: false } } });
}

/** The codes a run of `explain` looks up; undefined for other commands, and for arguments dispatch will refuse. */
function lookedUpCodes(command: string, args: string[]): string[] | undefined {
  if (command !== 'explain') return undefined;
  try {
    const { positionals } = explainArgs(args);
    return positionals.length === 1 ? spellings(positionals[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** `--jobs N`: worker threads; 0 does all the work on the main thread. */
function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new UsageError(`--jobs needs a number of worker threads, e.g. 2 (got "${value}")`);
  return Number(value);
}

function timeOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseTimeArgument(value);
  if (ms === undefined) throw new UsageError(`--${name} needs an ISO 8601 date or time, e.g. 2024-03-14 or 2024-03-14T09:30:00Z (got "${value}")`);
  return ms;
}

/**
 * lint, scan, its report and catalog export are bundles of their own next to this one (esbuild.mjs), required
 * when run: `explain`, which must answer at once, then compiles none of the parsers, the scan or the exports.
 */
function commandBundle<T>(name: 'cliLint' | 'cliScan' | 'cliReport' | 'cliCatalog'): T {
  return require(path.join(__dirname, `${name}.js`)) as T;
}

async function dispatch(io: Io, index: CodeIndex, settings: Settings, root: string, command: string, args: string[]): Promise<number> {
  switch (command) {
    case 'explain': {
      const { values, positionals } = explainArgs(args);
      if (positionals.length !== 1) throw new UsageError('explain takes exactly one code, e.g. paycodes explain 4034314');
      return explain(io, index, positionals[0], values.provider, values.json ?? false);
    }
    case 'scan': {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false }, since: { type: 'string' }, until: { type: 'string' }, jobs: { type: 'string', short: 'j' },
          report: { type: 'string' }, 'id-field': { type: 'string' },
        },
      });
      if (positionals.length === 0) throw new UsageError('scan needs log files or folders, or - for standard input');
      const report = values.report !== undefined || values['id-field'] !== undefined ? commandBundle<typeof import('./scanReport')>('cliReport') : undefined;
      report?.checkReportOptions(values.report, values['id-field'], positionals);
      const { scan } = commandBundle<typeof import('./scan')>('cliScan');
      const excluded = excludedBy(root, settings.exclude);
      const code = await scan(io, index, positionals, {
        json: values.json ?? false,
        window: { since: timeOption('since', values.since), until: timeOption('until', values.until) },
        excluded,
        providers: settings.providers,
        pool: { script: path.join(__dirname, 'scanWorker.js'), workers: jobsOption(values.jobs) },
      });
      if (values.report !== undefined) await report!.writeScanReport(io, index, values.report, values['id-field'], positionals, excluded, settings.providers);
      return code;
    }
    case 'lint': {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          format: { type: 'string', short: 'f' }, jobs: { type: 'string', short: 'j' }, 'max-warnings': { type: 'string' },
          cache: { type: 'boolean', default: false }, 'cache-location': { type: 'string' },
        },
      });
      if (positionals.length === 0) throw new UsageError('lint needs files or folders, e.g. paycodes lint src');
      const { lint, lintFormat } = commandBundle<typeof import('./lint')>('cliLint');
      return lint(io, index, settings, positionals, {
        format: lintFormat(values.format),
        maxWarnings: parseMaxWarnings(values['max-warnings']),
        excluded: excludedBy(root, settings.exclude),
        pool: { script: path.join(__dirname, 'lintWorker.js'), workers: jobsOption(values.jobs) },
        wasmDir: path.join(__dirname, 'wasm'),
        // Naming where the cache goes asks for it (ESLint would ignore the location without --cache).
        ...((values.cache || values['cache-location'] !== undefined) && { cache: { location: values['cache-location'] } }),
      });
    }
    case 'catalog':
      return commandBundle<typeof import('./catalogExport')>('cliCatalog').catalogCommand(io, index, args);
    default:
      throw new UsageError(`unknown command "${command}" (try: paycodes --help)`);
  }
}

export async function main(argv: string[]): Promise<void> {
  const io = processIo();
  try {
    process.exitCode = await run(argv, io);
  } catch (err) {
    const usage = isUsageError(err) || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`paycodes: ${usage ? '' : 'error: '}${(err as Error).message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
