// A source can branch on SNAP's HTTP part without holding one whole catalog code
// (`$http = substr($rc, 0, 3); if ($http === '200')`), so lint's code prefilter also lets through a file
// that slices or prefix-tests something named for a code. Cheap on purpose: a byte search for the slicing
// words first, and one regular expression only on the few files that hold one.
const TRIGGERS = ['substr', 'Substring', 'slice', 'startsWith', 'StartsWith', 'HasPrefix', 'starts_with', 'startswith', 'start_with?', 'take(', ':3]', '3]', '10000'].map((w) => Buffer.from(w));

const CODE = String.raw`(?:code|Code|CODE|\brc\b|\bRc\b)`;
const SLICING = String.raw`(?:substr|substring|Substring|slice|startsWith|StartsWith|HasPrefix|starts_with|startswith|start_with\?|take)`;
/** A slicing call around a code name, a slicing method or index on one, or a division of one: on one line. */
const SHAPE = new RegExp(
  String.raw`${SLICING}\s*\([^\n]*${CODE}|${CODE}[\w'"\]\)]*\s*(?:\.\s*${SLICING}\s*\(|\[\s*0?\s*[:,]\s*3\s*\]|\/\/?\s*10000)`,
);

export function checksCodePrefix(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return TRIGGERS.some((t) => buffer.includes(t)) && SHAPE.test(buffer.toString('latin1'));
}
