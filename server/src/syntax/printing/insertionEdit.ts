// Places printed arms: before the default arm and the comments above it, else before the closing token,
// else (Python) after the last arm.
import { comparePositions } from '../positions';
import type { LineIndex } from '../positions';
import type { Position, SwitchSite, TextEdit } from '../types';
import type { Indentation } from './indentation';

interface Anchor {
  position: Position;
  /** The indentation the anchor gets when the insertion pushes it onto a line of its own. */
  indent: string;
}

function leading(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

function anchorOf(site: SwitchSite, lines: LineIndex, indent: Indentation): Anchor | undefined {
  if (site.defaultArm) {
    const starts = [site.defaultArm.range.start, ...site.defaultArm.comments.map((comment) => comment.range.start)];
    return { position: starts.sort(comparePositions)[0], indent: indent.arm };
  }
  if (site.closeRange) return { position: site.closeRange.start, indent: leading(lines.lineText(site.closeRange.start.line)) };
  return undefined;
}

/**
 * The edit that inserts `rendered` lines (already indented). `separator`, for arms separated by one
 * (`,` in C# and PHP), is added after the last existing arm when it lacks one.
 */
export function insertionEdit(
  site: SwitchSite,
  lines: LineIndex,
  rendered: string[],
  eol: string,
  indent: Indentation,
  separator: string | undefined,
): TextEdit | undefined {
  const anchor = anchorOf(site, lines, indent);
  if (!anchor) {
    const last = site.arms.at(-1);
    if (!last) return undefined;
    const line = last.range.end.line;
    const end = { line, character: lines.lineText(line).length };
    return { range: { start: end, end }, newText: eol + rendered.join(eol) };
  }
  const { line, character } = anchor.position;
  const before = lines.lineText(line).slice(0, character);
  const ownLine = before.trim() === '';
  // Sharing a line with code, the anchor moves to a line of its own, leaving no trailing blanks behind.
  const start = { line, character: ownLine ? 0 : before.trimEnd().length };
  const end = ownLine ? start : anchor.position;
  const newText = ownLine
    ? rendered.map((text) => text + eol).join('')
    : eol + rendered.join(eol) + eol + anchor.indent;
  const last = site.arms.at(-1);
  if (separator && !site.defaultArm && last) {
    const between = lines.text.slice(lines.offsetAt(last.range.end), lines.offsetAt(start));
    if (!between.trimStart().startsWith(separator)) {
      return { range: { start: last.range.end, end }, newText: separator + between + newText };
    }
  }
  return { range: { start, end }, newText };
}
