// Preloaded into the language server by the benchmark (`node --expose-gc -r memProbe.js server.js`): on
// SIGUSR2 it writes the process's memory to stderr, before and after a full garbage collection, so that
// memory held can be told from garbage not yet collected. It changes nothing else in the server.
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  process.stderr.write(`paycodes-bench-memory ${JSON.stringify({ before, after })}\n`);
});
