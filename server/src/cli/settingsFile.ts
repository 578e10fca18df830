// `.paycodes.json` at the workspace root: the editor's `paycodes.*` settings without the prefix, so that a
// CI lint and the editor agree. A broken file is reported and the defaults apply.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJson } from '../catalog/parseJson';
import { formatProblem } from '../catalog/problem';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../settings/settings';

export const SETTINGS_FILE = '.paycodes.json';

export function readSettingsFile(root: string, onProblem: (line: string) => void): Settings {
  const file = path.join(root, SETTINGS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') onProblem(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code}`);
    return DEFAULT_SETTINGS;
  }
  const parsed = parseJson(file, text);
  if (!parsed.ok) {
    onProblem(`${formatProblem(parsed.problem)} (using default settings)`);
    return DEFAULT_SETTINGS;
  }
  return readSettings(parsed.value);
}
