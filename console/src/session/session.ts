/**
 * The signed-in person's bearer token: in memory, and in sessionStorage so a reload of the tab
 * keeps it (closing the tab ends it). Never in a URL. A token past its expiry, or one the API
 * refused with 401, ends the session and remembers that it expired, so sign-in can say so.
 */
const storageKey = 'yijianshi.session';

interface Stored {
  token: string;
  expiresAt: number;
}

export interface SessionSnapshot {
  token: string | null;
  /** True after the API refused the token or it ran out, until the next sign-in. */
  expired: boolean;
}

function read(): Stored | null {
  const raw = sessionStorage.getItem(storageKey);
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Stored;
    return stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

let current: Stored | null = read();
let snapshot: SessionSnapshot = { token: current?.token ?? null, expired: false };
const listeners = new Set<() => void>();

function publish(next: SessionSnapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

export const session = {
  token(): string | null {
    if (current && current.expiresAt <= Date.now()) session.expire();
    return current?.token ?? null;
  },
  signIn(token: string, expiresInSeconds: number) {
    current = { token, expiresAt: Date.now() + expiresInSeconds * 1000 };
    sessionStorage.setItem(storageKey, JSON.stringify(current));
    publish({ token, expired: false });
  },
  signOut() {
    current = null;
    sessionStorage.removeItem(storageKey);
    publish({ token: null, expired: false });
  },
  expire() {
    current = null;
    sessionStorage.removeItem(storageKey);
    publish({ token: null, expired: true });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): SessionSnapshot => snapshot,
};
