// How the language server wants its process started: shared by the extension's client, which starts it,
// and the benchmarks, which measure it started that way. Both settings only concern memory after a large
// document arrives; the server runs the same without them.

/** Lets the server collect the transport's copies of a large document once it has arrived (lsp/memoryRelease.ts). */
export const SERVER_NODE_ARGS: readonly string[] = ['--expose-gc'];

/**
 * glibc serves the transport's 64 KB reads from its heap and keeps them resident once freed: a 50 MB log
 * leaves about 50 MB behind for good. Served by mmap, they go back to the system when freed. Other C
 * libraries ignore the variable; a tunable the user set is kept.
 */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // The last setting of a tunable wins: the user's come after ours.
  const tunables = ['glibc.malloc.mmap_threshold=65536', env.GLIBC_TUNABLES].filter(Boolean).join(':');
  return { ...env, GLIBC_TUNABLES: tunables };
}
