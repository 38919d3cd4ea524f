import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { SignedInUser } from './signedInUser';

interface SessionState {
  /** undefined while asking, null when nobody is signed in */
  user: SignedInUser | null | undefined;
  signIn: (username: string, password: string) => Promise<SignedInUser>;
  signOut: () => Promise<void>;
  /** ask the ledger again who is signed in (after an IdP sign-in, or a 401) */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Who is signed in, as the ledger knows it from the session cookie (the page never sees a token). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      setUser(await api.get<SignedInUser>('/api/me'));
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 401 || error.status === 403)) {
        setUser(null);
      } else {
        setUser(null);
      }
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(async (username: string, password: string) => {
    // a GET first: it hands the page the CSRF token that the sign-in itself needs (login CSRF)
    await api.get('/api/sign-in-options');
    const signedIn = await api.post<SignedInUser>('/api/session', { username, password });
    setUser(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.delete('/api/session');
    } finally {
      setUser(null);
    }
  }, []);

  return <SessionContext.Provider value={{ user, signIn, signOut, refresh }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside SessionProvider');
  }
  return session;
}

/** the signed-in user, for pages that are only reached signed in */
export function useUser(): SignedInUser {
  const { user } = useSession();
  if (!user) {
    throw new Error('useUser without a signed-in user');
  }
  return user;
}
