// The user's `paycodes.*` settings as the server uses them, with defaults for anything unset or malformed.

export interface Settings {
  /** Providers to prefer when a code exists in several catalogs. */
  providers: string[];
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: Settings = { providers: [], inlayHints: true };

export function readSettings(raw: unknown): Settings {
  const s = (raw ?? {}) as Record<string, unknown>;
  const inlay = (s.inlayHints ?? {}) as Record<string, unknown>;
  return {
    providers: Array.isArray(s.providers) ? s.providers.filter((p): p is string => typeof p === 'string') : DEFAULT_SETTINGS.providers,
    inlayHints: typeof inlay.enabled === 'boolean' ? inlay.enabled : DEFAULT_SETTINGS.inlayHints,
  };
}
