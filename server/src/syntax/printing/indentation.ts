// Reads the indentation a switch's arms and bodies use, falling back to the file's and then the language's.
import type { PrinterSyntax } from '../languages/languageSpec';
import type { LineIndex } from '../positions';
import type { Range, SwitchSite } from '../types';

export interface Indentation {
  arm: string;
  body: string;
}

export function leading(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

function startsItsLine(range: Range, lines: LineIndex): boolean {
  return lines.lineText(range.start.line).slice(0, range.start.character).trim() === '';
}

/** The most frequent step by which a line is indented deeper than the one before it. */
export function fileIndentUnit(lines: LineIndex): string | undefined {
  const steps = new Map<string, number>();
  let previous = '';
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '') continue;
    const indent = leading(text);
    if (indent.length > previous.length && indent.startsWith(previous)) {
      const step = indent.slice(previous.length);
      steps.set(step, (steps.get(step) ?? 0) + 1);
    }
    previous = indent;
  }
  return [...steps.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The step from an arm's first line to the next line inside it. */
function armBodyUnit(arms: Range[], armIndent: string, lines: LineIndex): string | undefined {
  for (const arm of arms) {
    for (let line = arm.start.line + 1; line <= arm.end.line; line++) {
      const text = lines.lineText(line);
      if (text.trim() === '') continue;
      const indent = leading(text);
      if (indent.length > armIndent.length && indent.startsWith(armIndent)) return indent.slice(armIndent.length);
      break;
    }
  }
  return undefined;
}

export function indentation(site: SwitchSite, lines: LineIndex, printer: PrinterSyntax): Indentation {
  const arms = [...site.arms.map((arm) => arm.range), ...(site.defaultArm ? [site.defaultArm.range] : [])]
    .filter((range) => startsItsLine(range, lines))
    .sort((a, b) => a.start.line - b.start.line);
  const keywordIndent = leading(lines.lineText(site.keywordRange.start.line));
  const armIndent = arms[0] && leading(lines.lineText(arms[0].start.line));
  const nested = armIndent !== undefined && armIndent.length > keywordIndent.length && armIndent.startsWith(keywordIndent);
  const unit =
    (armIndent !== undefined && armBodyUnit(arms, armIndent, lines)) ||
    (nested ? armIndent.slice(keywordIndent.length) : undefined) ||
    fileIndentUnit(lines) ||
    printer.indentUnit;
  const arm = armIndent ?? keywordIndent + (printer.armsIndented ? unit : '');
  return { arm, body: arm + unit };
}
