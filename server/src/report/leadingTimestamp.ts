// The time a log line starts with: ISO 8601 / RFC 3339 (`2026-11-20T10:05:01.123Z`, `2026-11-20 10:05:01,123`),
// bare or in brackets, or as the first field of a JSON line (`{"ts":"2026-11-21T01:00:03Z",…`). A time without
// a zone is read as UTC, so the report shows it as written.
const LEADING = /^(?:\[|\{\s*"[\w@.-]+"\s*:\s*")?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/;

/** Milliseconds since the epoch, or undefined when the line does not start with a date and time. */
export function leadingTimestamp(line: string): number | undefined {
  const m = LEADING.exec(line);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, s ? +s : 0);
  if (Number.isNaN(utc) || +mo > 12 || +d > 31 || +h > 23 || +mi > 59) return undefined;
  if (!zone || zone === 'Z') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000;
}
