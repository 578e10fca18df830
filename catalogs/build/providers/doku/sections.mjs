// The DOKU seed is one page of numbered sections ("1. Virtual Account" … "6. Kirim DOKU"), one value a line.

/** Section name → its lines, in page order; the page footer ("Last updated…") is dropped. */
export function dokuSections(lines) {
  const sections = new Map();
  let current;
  for (const line of lines) {
    const heading = /^\d\. (.+)$/.exec(line);
    if (line === 'Last updated') break;
    if (heading) sections.set((current = heading[1]), []);
    else if (current && line !== '') sections.get(current).push(line);
  }
  return sections;
}
