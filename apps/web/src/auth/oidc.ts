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
