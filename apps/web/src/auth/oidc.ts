import { UserManager } from 'oidc-client-ts';

import type { components } from '../api/schema';

type OidcOptions = NonNullable<components['schemas']['LoginOptionsResponse']['oidc']>;

/** Where the issuer sends the browser back with the authorization code. */
export const OIDC_CALLBACK_PATH = '/dang-nhap/oidc';

/** Authorization code with PKCE (oidc-client-ts makes the verifier and checks `state`). */
export function oidcClient(options: OidcOptions): UserManager {
  return new UserManager({
    authority: options.issuer,
    client_id: options.clientId,
    redirect_uri: `${window.location.origin}${OIDC_CALLBACK_PATH}`,
    response_type: 'code',
    scope: 'openid profile',
    extraQueryParams: { audience: options.audience },
  });
}
