// The `paycodes` command line: parses arguments, loads the catalogs once, runs one command.
import { parseArgs } from 'node:util';
import { bundledCatalogSet } from '../catalog/bundled';
import type { CodeIndex } from '../catalog/codeIndex';
import { ownCatalogFiles } from '../catalog/ownCatalogs';
import { formatProblem } from '../catalog/problem';
import type { Settings } from '../settings/settings';
import { catalogCommand } from './catalogExport';
import { explain } from './explain';
import { processIo, UsageError, type Io } from './io';
import { lint, lintFormat } from './lint';
import { parseMaxWarnings } from './maxWarnings';
import { scan } from './scan';
import { scanReport } from './scanReport';
import { readSettingsFile } from './settingsFile';

const USAGE = `usage: paycodes <command> [options]

commands:
  explain <code> [--provider P] [--json]   what a gateway code means and what to do about it
  lint <files or folders…> [--format text|json|sarif] [--max-warnings N]
                                           switches that leave retryable codes to default; typo'd codes
  scan <log files…|-> [--json] [--report FILE.html [--id-field NAME]]
                                           codes found in logs, counted per code and outcome;
                                           --report also writes a timeline and the pending references
  catalog export --format csv|jsonl|splunk|elastic [--out PATH]
                                           the catalogs as lookup tables for log platforms

settings: .paycodes.json in the current folder (the editor's paycodes.* keys without the prefix);
own catalogs: every *.paycodes.json below the current folder, and the paths its "catalogs" lists

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
  const root = process.cwd();
  const settings = readSettingsFile(root, complain);
  const catalogs = bundledCatalogSet();
  const own = ownCatalogFiles([root], settings.catalogs, true);
  for (const p of own.problems) complain(`catalogs: ${p.file}: ${p.message}`);
  catalogs.setOwnFiles(own.files);
  // A broken catalog costs that file (or entry) only: the answer still comes, but the run is not clean.
  for (const p of [...catalogs.bundledProblems(), ...own.files.flatMap((f) => catalogs.problems(f))]) complain(`catalog: ${formatProblem(p)}`);
  const code = await dispatch(io, catalogs.index(settings.providers), settings, command, rest);
  return broken ? Math.max(code, 2) : code;
}

async function dispatch(io: Io, index: CodeIndex, settings: Settings, command: string, args: string[]): Promise<number> {
  switch (command) {
    case 'explain': {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { provider: { type: 'string' }, json: { type: 'boolean', default: false } },
      });
      if (positionals.length !== 1) throw new UsageError('explain takes exactly one code, e.g. paycodes explain 4034314');
      return explain(io, index, positionals[0], values.provider, values.json ?? false);
    }
    case 'scan': {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, report: { type: 'string' }, 'id-field': { type: 'string' } },
      });
      if (positionals.length === 0) throw new UsageError('scan needs log files, or - for standard input');
      const report = scanReport(io, index, values.report, values['id-field']);
      const code = await scan(io, index, positionals, values.json ?? false, report?.onOccurrence);
      report?.write(positionals);
      return code;
    }
    case 'lint': {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, 'max-warnings': { type: 'string' } } });
      if (positionals.length === 0) throw new UsageError('lint needs files or folders, e.g. paycodes lint src');
      const format = lintFormat(values.format);
      return lint(io, index, settings, positionals, format, parseMaxWarnings(values['max-warnings']));
    }
    case 'catalog':
      return catalogCommand(io, index, args);
    default:
      throw new UsageError(`unknown command "${command}" (try: paycodes --help)`);
  }
}

export async function main(argv: string[]): Promise<void> {
  const io = processIo();
  try {
    process.exitCode = await run(argv, io);
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`paycodes: ${usage ? '' : 'error: '}${(err as Error).message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
