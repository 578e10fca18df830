// A large document arrives as copies: the transport's read chunks, the message body and its JSON text,
// together about three times the document. All of it is garbage once the document is stored, but an idle
// server allocates nothing, so nothing collects it: a 50 MB log would keep some 150 MB the server no longer
// uses. The Outline of such a log, which reads all of it, leaves as much behind. When the client started the
// server with `--expose-gc` (ours does, see launchOptions.ts), one full collection after either gives that
// memory back to the system.

/** Documents at least this large (UTF-16 units) are worth a collection after they arrive. */
export const LARGE_DOCUMENT = 8 * 2 ** 20;

const gc = (globalThis as { gc?: () => void }).gc;
let scheduled = false;

/** Collects once the handlers of the current message have run and dropped their references to what it held. */
export function releaseAfter(documentLength: number): void {
  if (!gc || scheduled || documentLength < LARGE_DOCUMENT) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    gc();
  }, 0);
}
