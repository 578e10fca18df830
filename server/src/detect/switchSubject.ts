// For a case/when/arm label, the expression its switch is over: `switch (resp.resultCode)` → `resp.resultCode`.
// Walks back to the nearest header at the label's indentation or less, the way a reader's eye does.

const HEADERS: RegExp[] = [
  /\bswitch\s*\((.+)\)\s*\{?\s*$/, // C-family, Java, JS/TS, PHP, C#
  /\bswitch\s+(.+?)\s*\{\s*$/, // Go
  /([\w$.\[\]"'()]+)\s+switch\s*\{?\s*$/, // C# switch expression
  /\bwhen\s*\((.+)\)\s*\{?\s*$/, // Kotlin
  /\bmatch\s*\((.+)\)\s*\{?\s*$/, // PHP match
  /^\s*match\s+(.+?):\s*$/, // Python
  /^\s*(?:\w+\s*=\s*)?case\s+([^:]+?)\s*$/, // Ruby
];

const LOOKBACK_LINES = 400;

function indentation(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

export function switchSubject(lines: readonly string[], labelLine: number): string | undefined {
  const labelIndent = indentation(lines[labelLine]);
  for (let i = labelLine; i >= 0 && i > labelLine - LOOKBACK_LINES; i--) {
    const line = lines[i];
    if (line.trim() === '' || indentation(line) > labelIndent) continue;
    const header = HEADERS.map((h) => h.exec(line)).find((m) => m !== null);
    if (header) return header[1].trim();
    // A shallower line that is no header means the label's block has been left.
    if (indentation(line) < labelIndent) return undefined;
  }
  return undefined;
}
