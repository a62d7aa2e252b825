// Who is signed in (the `me` query over the httpOnly session cookie), shared by the header
// and the signed-in screens; `refresh` after signing in or out.
import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { useQuery } from 'urql';
import { ME, type MeData } from '../graphql/accountDocuments.js';

interface SessionValue {
  me: MeData['me'];
  loading: boolean;
  refresh(): void;
}

const SessionContext = createContext<SessionValue>({ me: null, loading: true, refresh: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery<MeData>({ query: ME, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const value: SessionValue = {
    me: result.data?.me ?? null,
    loading: result.fetching && !result.data,
    refresh,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
