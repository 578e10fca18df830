// `paycodes catalog export --format csv|jsonl|splunk|elastic [--out PATH]`: the catalogs as lookup tables
// for log platforms. csv and jsonl go to standard output or the file --out names; splunk and elastic are
// several files, written into the folder --out names.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CodeIndex } from '../catalog/codeIndex';
import { catalogRows } from '../export/catalogRows';
import { rowsToCsv, rowsToJsonl } from '../export/csv';
import { elasticFiles } from '../export/elastic';
import type { ExportFile } from '../export/exportFile';
import { splunkFiles } from '../export/splunk';
import { UsageError, type Io } from './io';

const SINGLE: Record<string, (rows: ReturnType<typeof catalogRows>) => string> = { csv: rowsToCsv, jsonl: rowsToJsonl };
const FOLDER: Record<string, (rows: ReturnType<typeof catalogRows>) => ExportFile[]> = { splunk: splunkFiles, elastic: elasticFiles };
const FORMATS = [...Object.keys(SINGLE), ...Object.keys(FOLDER)];

export async function catalogCommand(io: Io, index: CodeIndex, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new UsageError(`catalog takes the subcommand export, e.g. paycodes catalog export --format csv`);
  const { values, positionals } = parseArgs({ args: rest, options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } } });
  if (positionals.length > 0) throw new UsageError(`catalog export takes no arguments, only --format and --out`);
  const format = values.format;
  if (format === undefined || !FORMATS.includes(format)) throw new UsageError(`catalog export needs --format ${FORMATS.join('|')}`);
  const rows = catalogRows(index);
  if (format in SINGLE) {
    const text = SINGLE[format](rows);
    if (values.out === undefined) await io.out(text);
    else fs.writeFileSync(values.out, text);
    return 0;
  }
  if (values.out === undefined) throw new UsageError(`--format ${format} writes several files: name their folder with --out DIR`);
  fs.mkdirSync(values.out, { recursive: true });
  for (const f of FOLDER[format](rows)) {
    fs.writeFileSync(path.join(values.out, f.name), f.text);
    io.err(`paycodes: wrote ${path.join(values.out, f.name)}\n`);
  }
  return 0;
}
