// Whether two codes are one keystroke apart: one insertion, deletion, substitution or adjacent swap.

export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const restEqual = (from: number) => a.slice(from) === b.slice(from);
    // Substitution, or a transposition of i and i+1.
    return restEqual(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && restEqual(i + 2));
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
