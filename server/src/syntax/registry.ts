// VS Code languageId → the language support that handles it.
import type { LanguageSpec } from './languages/languageSpec';
import { java } from './languages/java';
import { kotlin } from './languages/kotlin';
import { javascript, typescript, tsx } from './languages/ecmascript';
import { go } from './languages/go';
import { python } from './languages/python';
import { php } from './languages/php';
import { csharp } from './languages/csharp';
import { ruby } from './languages/ruby';

const byLanguageId: Readonly<Record<string, LanguageSpec>> = {
  typescript,
  typescriptreact: tsx,
  javascript,
  // The JavaScript grammar parses JSX itself.
  javascriptreact: javascript,
  java,
  kotlin,
  go,
  python,
  php,
  csharp,
  ruby,
};

export const supportedLanguageIds: readonly string[] = Object.keys(byLanguageId);

export function languageSpec(languageId: string): LanguageSpec | undefined {
  return Object.hasOwn(byLanguageId, languageId) ? byLanguageId[languageId] : undefined;
}
