// A request handler that throws must not take the server down: log what broke, answer with a neutral value.
import type { Connection } from 'vscode-languageserver';
import { crashIfAsked } from './testHooks';

export function guarded<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params) => {
    try {
      crashIfAsked(name, params);
      return handler(params);
    } catch (err) {
      connection.console.error(`${name} failed: ${(err as Error).stack ?? String(err)}`);
      return fallback;
    }
  };
}

/** The same for a handler that answers later: a rejection is logged and answered with the neutral value. */
export function guardedAsync<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    try {
      crashIfAsked(name, params);
      return await handler(params);
    } catch (err) {
      connection.console.error(`${name} failed: ${(err as Error).stack ?? String(err)}`);
      return fallback;
    }
  };
}
