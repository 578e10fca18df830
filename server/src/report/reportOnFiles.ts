// The log report of files on disk, each streamed: for the editor's Show Log Report. (The CLI builds the same
// report during `paycodes scan`, from the occurrences the scan streams.)
import type { CodeIndex } from '../catalog/codeIndex';
import { BinaryInputError } from '../scan/boundedLines';
import { scanFile } from '../scan/logScan';
import { LogReportBuilder, type LogReportData } from './logReport';

/** Thrown from the scan's callback to stop reading a large file once the request is cancelled. */
class Cancelled extends Error {}

/** `providersOf` gives the settings' providers that hold for a file, as `paycodes scan` reads them. */
export async function reportOnFiles(
  index: CodeIndex, files: string[], idField: string | undefined, providersOf: (file: string) => readonly string[], cancelled: () => boolean = () => false,
): Promise<LogReportData> {
  const builder = new LogReportBuilder(index, idField);
  const skipped: string[] = [];
  for (const file of files) {
    try {
      await scanFile(file, index, (o, line) => {
        if (cancelled()) throw new Cancelled();
        builder.add(o, line);
      }, providersOf(file));
    } catch (err) {
      if (err instanceof Cancelled) break;
      skipped.push(`${file}: ${err instanceof BinaryInputError ? 'binary file' : (err as Error).message.split('\n')[0]}`);
    }
  }
  return builder.finish(files, skipped);
}
