// Seeded log text full of codes, decoys and glue, and seeded cuts of it, for the log scan's tests.

/** Cuts bytes at seeded random places, as a pipe or a socket would. */
export function cut(bytes: Buffer, seed: number, max: number): Buffer[] {
  const parts: Buffer[] = [];
  let s = seed;
  for (let at = 0; at < bytes.length; ) {
    s = (s * 1103515245 + 12345) >>> 0;
    const n = 1 + (s % max);
    parts.push(bytes.subarray(at, at + n));
    at += n;
  }
  return parts;
}

const FRAGMENTS = [
  '{"result":{"resultCode":"SYSTEM_BUSY","resultStatus":"U"}}', 'responseCode=4034314', '"status_code": 4041', 'rc=05',
  'acquirer_response_code: 51', 'took 4041 ms', 'pid 5000', 'port=5000', '2024-05-01T10:05:00.051Z', 'v1.05', '/4041/', '$5000',
  '€4034314', '4034314€', 'amount=4,034,314', 'ORD-4034314', 'exec-51', '10:05', '05:', ':05', '4034314.', '.4034314', 'x4034314',
  '4034314x', '_05', 'A new session', 'status=S', 'resultStatus=U', 'SYSTEM_BUSY', 'système 2024300 reçu', '2024300,123', '2024300,12',
  'code "2000"', 'status_code=2000%', 'exec-05', '[nio-8080-exec-51]', '#2000', '@2000', '+2000', '2000-1', '2000:1', 'éé05éé', '\t4034314\t', '[4034314]',
];

export function corpus(seed: number, lines: number): string {
  let s = seed;
  const next = (n: number) => ((s = (s * 1664525 + 1013904223) >>> 0) % n);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const parts = Array.from({ length: 1 + next(4) }, () => FRAGMENTS[next(FRAGMENTS.length)]);
    const seps = [' ', '', ',', ';', '=', '"', ' - '];
    out.push(parts.map((p, k) => (k === 0 ? p : seps[next(seps.length)] + p)).join('') + (next(5) === 0 ? '\r' : ''));
  }
  return out.join('\n') + '\n';
}
