// The time a log line was written, when it starts with one: ISO 8601 as loggers print it (`2024-03-14
// 00:00:00.001`, `2024-03-14T00:00:00Z`, `[2024-03-14T00:00:00+07:00]`), or as the first field of a JSON line
// (`{"ts":"2024-03-14T00:00:00.084Z",…`). A time without an offset is read as UTC: a log rarely says which
// zone its server runs in, and reading it in the zone of whoever runs the scan would make results differ by
// machine.

export interface LineTime {
  /** Milliseconds since the epoch. */
  ms: number;
  /** As the line spells it. */
  text: string;
}

const LEADING = /^(?:\[|\{"[\w@.-]{1,32}"\s*:\s*")?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?)/;

export function leadingTime(line: string): LineTime | undefined {
  const m = LEADING.exec(line);
  if (!m) return undefined;
  const ms = isoMs(m[1]);
  return ms === undefined ? undefined : { ms, text: m[1] };
}

/** `--since`/`--until`: a date or a date and time, ISO 8601; undefined when it is neither. */
export function parseTimeArgument(text: string): number | undefined {
  const m = LEADING.exec(text.trim());
  return m && m[1] === text.trim() && !text.startsWith('[') ? isoMs(m[1]) : undefined;
}

function isoMs(text: string): number | undefined {
  let iso = text.replace(' ', 'T').replace(',', '.');
  if (!iso.includes('T')) iso += 'T00:00';
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso.slice(10))) iso += 'Z';
  // Date.parse wants `+07:00`, loggers often write `+0700`.
  iso = iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Lines with a time outside [since, until] are left out; lines without one are kept. */
export interface TimeWindow {
  since?: number;
  until?: number;
}

export function outsideWindow(window: TimeWindow, time: LineTime | undefined): boolean {
  if (!time) return false;
  return (window.since !== undefined && time.ms < window.since) || (window.until !== undefined && time.ms > window.until);
}
