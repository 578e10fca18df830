// A source can branch on SNAP's HTTP part without holding one whole catalog code
// (`$http = substr($rc, 0, 3); if ($http === '200')`), so lint's code prefilter also lets through a file
// that slices or prefix-tests something named for a code. Cheap on purpose: one search for the slicing
// words first (one regular expression of literals over the bytes as Latin-1 runs faster than a byte search
// per word), and the shape's regular expression only on the few files that hold one.
const TRIGGER = /substr|Substring|slice|startsWith|StartsWith|HasPrefix|starts_with|startswith|start_with\?|take\(|3\]|10000/;

const CODE = String.raw`(?:code|Code|CODE|\brc\b|\bRc\b)`;
const SLICING = String.raw`(?:substr|substring|Substring|slice|startsWith|StartsWith|HasPrefix|starts_with|startswith|start_with\?|take)`;
/** A slicing call around a code name, a slicing method or index on one, or a division of one: on one line. */
const SHAPE = new RegExp(
  String.raw`${SLICING}\s*\([^\n]*${CODE}|${CODE}[\w'"\]\)]*\s*(?:\.\s*${SLICING}\s*\(|\[\s*0?\s*[:,]\s*3\s*\]|\/\/?\s*10000)`,
);

export function checksCodePrefix(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return TRIGGER.test(text) && SHAPE.test(text);
}
