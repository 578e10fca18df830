// A file's language as VS Code would name it, from its extension: what `paycodes lint` analyses.
import * as path from 'node:path';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescriptreact',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascriptreact',
  '.java': 'java', '.kt': 'kotlin', '.kts': 'kotlin', '.go': 'go', '.py': 'python', '.php': 'php',
  '.cs': 'csharp', '.rb': 'ruby',
};

/** The languages `paycodes lint` analyses, by VS Code's ids: program source, not data or text. */
export const SOURCE_LANGUAGES: ReadonlySet<string> = new Set(Object.values(BY_EXTENSION));

/** The file extensions `paycodes lint` analyses, with their dot. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export function sourceLanguage(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  return Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}
