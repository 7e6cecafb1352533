// A real OpenID Connect issuer (panva's oidc-provider, certified) for the browser login test. It
// runs in its own process because the package is ECMAScript-module only and Jest loads CommonJS.
//
// It listens at once and prints `{"issuer":"http://127.0.0.1:<port>"}`: the API must know the
// issuer before it starts. The web client's redirect address depends on the API's port, so the
// provider is made when the test writes `{"clientId","redirectUri","audience","accounts"}` on stdin.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { URL } from 'node:url';

import Provider from 'oidc-provider';

/** The API's resource indicator (an absolute URI, RFC 8707); its tokens carry the API's audience. */
const RESOURCE = 'urn:ntm:api';

let handle = (_request, response) => {
  response.writeHead(503).end('not configured yet');
};
const server = createServer((request, response) => handle(request, response));
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
  createInterface({ input: process.stdin }).once('line', (line) => {
    handle = configure(issuer, JSON.parse(line)).callback();
    process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
  });
});
process.stdin.on('end', () => server.close(() => process.exit(0)));

/** The provider for the test's one public client; settings as in IssuerSettings (oidc-issuer.ts). */
function configure(issuer, { clientId, redirectUri, audience, accounts }) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [new URL('/', redirectUri).href],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' }] },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => accounts[sub] && { accountId: sub, claims: () => ({ sub, name: accounts[sub].name }) },
    features: {
      // The provider's own login and consent pages: any password, the login is the account.
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid profile',
          audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (_ctx, token) => {
      const account = token.kind === 'AccessToken' ? accounts[token.accountId] : undefined;
      return account && { name: account.name, grants: account.grants };
    },
  });
  provider.on('server_error', (_ctx, error) => process.stderr.write(`${error.stack}\n`));
  return provider;
}
