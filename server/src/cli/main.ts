// The `paycodes` command line: parses arguments, loads the catalogs once, runs one command.
import { parseArgs } from 'node:util';
import { CodeIndex } from '../catalog/codeIndex';
import { loadBundledCatalogs } from '../catalog/bundled';
import { formatProblem } from '../catalog/problem';
import { explain } from './explain';
import { UsageError, type CommandResult } from './result';

const USAGE = `usage: paycodes <command> [options]

commands:
  explain <code> [--provider P] [--json]   what a gateway code means and what to do about it

exit codes: 0 ok, 1 nothing found / findings, 2 usage or input error`;

export function run(argv: string[]): CommandResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { stdout: USAGE + '\n', exitCode: command === undefined ? 2 : 0 };
  }
  const loaded = loadBundledCatalogs();
  const warnings = loaded.problems.map((p) => `paycodes: catalog skipped: ${formatProblem(p)}\n`).join('');
  const index = new CodeIndex(loaded.catalogs);
  const result = dispatch(index, command, rest);
  // A broken catalog costs that file only: the answer still comes, but the run is not clean.
  return warnings
    ? { ...result, stderr: warnings + (result.stderr ?? ''), exitCode: Math.max(result.exitCode, 2) }
    : result;
}

function dispatch(index: CodeIndex, command: string, args: string[]): CommandResult {
  switch (command) {
    case 'explain': {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { provider: { type: 'string' }, json: { type: 'boolean', default: false } },
      });
      if (positionals.length !== 1) throw new UsageError('explain takes exactly one code, e.g. paycodes explain 4034314');
      return explain(index, positionals[0], values.provider, values.json ?? false);
    }
    default:
      throw new UsageError(`unknown command "${command}" (try: paycodes --help)`);
  }
}

export function main(argv: string[]): void {
  let result: CommandResult;
  try {
    result = run(argv);
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    result = { stdout: '', stderr: `paycodes: ${usage ? '' : 'error: '}${(err as Error).message.split('\n')[0]}\n`, exitCode: 2 };
  }
  process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
