// The one spelling of "the same family" and "the same entry" as a map key: provider and family, and the code.

export const familyKey = (e: { provider: string; family: string }) => `${e.provider}\u0000${e.family}`;

export const entryKey = (e: { provider: string; family: string; code: string | null }) => `${familyKey(e)}\u0000${e.code}`;
