import createClient, { type Middleware } from 'openapi-fetch';

import { currentLanguage } from '../i18n';
import { ApiProblem, unreachable } from './problem';
import type { paths } from './schema';

export interface Credentials {
  readonly accessToken: string;
  /** `role@unit` or `role@unit/department`: which grant a user with several acts under. */
  readonly actingRole?: string;
}

let credentials: Credentials | undefined;

/** The session's token and acting role go with every request from here on. */
export function useCredentials(next: Credentials | undefined): void {
  credentials = next;
}

/**
 * What every request carries: the language, the token and the acting role. Exported for the few
 * requests the typed client cannot make (a file upload that reports its progress).
 */
export function sessionHeaders(): Record<string, string> {
  return {
    'Accept-Language': currentLanguage(),
    ...(credentials && { Authorization: `Bearer ${credentials.accessToken}` }),
    ...(credentials?.actingRole && { 'X-Acting-Role': credentials.actingRole }),
  };
}

const authenticate: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(sessionHeaders())) {
      // A command may name the grant it needs (the criterion's department); otherwise the session's.
      if (name !== 'X-Acting-Role' || !request.headers.has(name)) request.headers.set(name, value);
    }
    return request;
  },
};

// fetch is looked up per request, not kept from when the module loaded (a test's stub, a polyfill).
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  fetch: (request) => globalThis.fetch(request),
});
api.use(authenticate);

/**
 * The body of a success, or the API's refusal thrown as an ApiProblem (TanStack Query shows it).
 * 202 (a read model still catching up) is a refusal too: the caller retries.
 */
export async function answer<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  const { data, error, response } = await call.catch(() => ({ data: undefined, error: undefined, response: null }));
  if (!response) throw unreachable(0);
  if (response.status === 202) throw new ApiProblem(data ?? {}, 202);
  if (response.ok && data !== undefined && data !== null) return data;
  if (error && typeof error === 'object') throw new ApiProblem(error as Record<string, unknown>, response.status);
  throw unreachable(response.status);
}
