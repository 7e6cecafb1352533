import type { UserManager } from 'oidc-client-ts';

import type { components } from '../api/schema';

type OidcOptions = NonNullable<components['schemas']['LoginOptionsResponse']['oidc']>;

/** Where the issuer sends the browser back with the authorization code. */
export const OIDC_CALLBACK_PATH = '/dang-nhap/oidc';

/**
 * Authorization code with PKCE (oidc-client-ts makes the verifier and checks `state`). Loaded only
 * where an issuer is configured: installations on the dev login never download it.
 */
export async function oidcClient(options: OidcOptions): Promise<UserManager> {
  const { UserManager: Manager } = await import('oidc-client-ts');
  return new Manager({
    authority: options.issuer,
    client_id: options.clientId,
    redirect_uri: `${window.location.origin}${OIDC_CALLBACK_PATH}`,
    response_type: 'code',
    scope: 'openid profile',
    extraQueryParams: { audience: options.audience },
  });
}

/** The issuer this tab logged in at, so that logging out also ends the session there. */
const ISSUER_KEY = 'ntm.oidcIssuer';

export function rememberIssuer(options: OidcOptions): void {
  sessionStorage.setItem(ISSUER_KEY, JSON.stringify(options));
}

/**
 * Logging out at the issuer too: otherwise the next "log in" on a shared office computer would
 * come straight back signed in as the previous user. Nothing to do after the dev login.
 */
export async function endIssuerSession(): Promise<void> {
  const stored = sessionStorage.getItem(ISSUER_KEY);
  if (!stored) return;
  sessionStorage.removeItem(ISSUER_KEY);
  const client = await oidcClient(JSON.parse(stored) as OidcOptions);
  await client.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` });
}
