// PayCodes' version, from the package.json that ships next to dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export const VERSION = readVersion();
