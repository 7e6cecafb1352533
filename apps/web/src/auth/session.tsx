import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

import { answer, api, useCredentials } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { components } from '../api/schema';
import { endIssuerSession } from './oidc';

export type Identity = components['schemas']['IdentityResponse'];
export type Grant = Identity['grants'][number];
export type Role = Grant['role'];

const TOKEN_KEY = 'ntm.accessToken';
const ROLE_KEY = 'ntm.actingRole';
/** Who the token is, as /auth/me last said: a page reloaded without a network opens signed in. */
const IDENTITY_KEY = 'ntm.identity';

/** `role@unit[/department]`: the X-Acting-Role value naming one grant. */
export const grantLabel = (grant: Grant): string =>
  `${grant.role}@${grant.unit}${grant.department ? `/${grant.department}` : ''}`;

/**
 * The grants to act under: each one, and first, for an appraiser of several departments at one
 * unit, all of them at once (`role@unit`: the work queue of every department they serve).
 */
export function actingOptions(identity: Identity): Grant[] {
  const unions = new Map<string, Grant>();
  for (const grant of identity.grants) {
    const siblings = identity.grants.filter((each) => each.role === grant.role && each.unit === grant.unit);
    if (grant.department && siblings.length > 1)
      unions.set(`${grant.role}@${grant.unit}`, { role: grant.role, unit: grant.unit });
  }
  return [...unions.values(), ...identity.grants];
}

interface Session {
  readonly identity: Identity;
  readonly grant: Grant;
  readonly options: readonly Grant[];
  readonly chooseGrant: (grant: Grant) => void;
  readonly logout: () => void;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

const defaultActing = (identity: Identity | undefined) => {
  const first = identity && actingOptions(identity)[0];
  return first && grantLabel(first);
};

/** Where the token lives for this tab: gone when the tab closes, never shared with other sites. */
export const tokenStore = {
  read: () => sessionStorage.getItem(TOKEN_KEY) ?? undefined,
  write: (token: string) => {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.removeItem(ROLE_KEY);
    sessionStorage.removeItem(IDENTITY_KEY);
  },
  clear: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(ROLE_KEY);
    sessionStorage.removeItem(IDENTITY_KEY);
  },
};

/**
 * The signed-in user and the grant they act under. Without a token (or when it is refused) the
 * login page is shown instead of the children.
 */
export function SessionProvider({ login, children }: { readonly login: ReactNode; readonly children: ReactNode }) {
  const queries = useQueryClient();
  const [token, setToken] = useState(tokenStore.read);
  const [acting, setActing] = useState(() => sessionStorage.getItem(ROLE_KEY) ?? undefined);
  const me = useQuery({
    queryKey: ['me', token],
    enabled: token !== undefined,
    retry: false,
    queryFn: async () => {
      const identity = await answer(api.GET('/api/v1/auth/me'));
      sessionStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
      return identity;
    },
    // Offline, the identity this tab was last told stands in (asked again as soon as there is a
    // network: a token refused meanwhile still ends the session).
    initialData: () => {
      const kept = sessionStorage.getItem(IDENTITY_KEY);
      return kept ? (JSON.parse(kept) as Identity) : undefined;
    },
    initialDataUpdatedAt: 0,
  });
  // Set while rendering, read by requests sent later (the query above fetches after this render).
  useCredentials(token ? { accessToken: token, actingRole: acting ?? defaultActing(me.data) } : undefined);
  const logout = useCallback(() => {
    tokenStore.clear();
    setToken(undefined);
    queries.clear();
    // Logged in at an issuer: its end-session page then brings the browser back to the login page.
    void endIssuerSession();
  }, [queries]);
  const chooseGrant = useCallback(
    (grant: Grant) => {
      sessionStorage.setItem(ROLE_KEY, grantLabel(grant));
      setActing(grantLabel(grant));
      queries.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
    [queries],
  );
  const session = useMemo(() => {
    const identity = me.data;
    if (!identity || identity.grants.length === 0) return undefined;
    const options = actingOptions(identity);
    const grant = options.find((each) => grantLabel(each) === acting) ?? options[0];
    return { identity, grant, options, chooseGrant, logout };
  }, [me.data, acting, chooseGrant, logout]);
  // A refusal ends the session; no network, with the identity kept, does not.
  const lost = me.error instanceof ApiProblem && me.error.code === 'network' && me.data;
  if (!token || (me.isError && !lost)) return <>{login}</>;
  if (!session) return null;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
