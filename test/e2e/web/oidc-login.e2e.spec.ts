import type { Browser, Page, Request } from 'playwright-core';

import { chromiumAvailable, launchChromium, OFFICE_SCREEN } from '../../support/browser';
import { type OidcIssuer, startOidcIssuer } from '../../support/oidc-issuer';
import { startTestSystem, type TestSystem } from '../../support/system';

const CLIENT_ID = 'ntm-web';
const OFFICER = {
  'can-bo-cam-giang': { name: 'La Văn Mới', grants: [{ role: 'commune-officer' as const, unit: '02008' }] },
};

/**
 * Production's login, against a real OpenID Connect issuer: the web application sends the officer
 * to the province's identity provider (authorization code with PKCE), comes back with the code,
 * exchanges it in the browser, and the API admits the issuer's access token, checked against the
 * issuer's published keys. No dev login is offered.
 */
(chromiumAvailable ? describe : describe.skip)('web application: login at the OIDC issuer', () => {
  let issuer: OidcIssuer;
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    issuer = await startOidcIssuer();
    system = await startTestSystem({
      publishDraftCatalogue: false,
      config: {
        AUTH_ISSUER: issuer.url,
        AUTH_JWKS_URL: `${issuer.url}/jwks`,
        AUTH_WEB_CLIENT_ID: CLIENT_ID,
        AUTH_DEV_LOGIN: false,
      },
    });
    await issuer.configure({
      clientId: CLIENT_ID,
      redirectUri: `${system.api.url}/dang-nhap/oidc`,
      audience: system.config.AUTH_AUDIENCE,
      accounts: OFFICER,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await issuer?.stop();
  });

  it('offers only the province account, not the demo users', async () => {
    const options = await system.request('/api/v1/auth/login-options');
    expect(await options.json()).toEqual({
      devLogin: false,
      oidc: { issuer: issuer.url, clientId: CLIENT_ID, audience: system.config.AUTH_AUDIENCE },
    });
    expect((await system.request('/api/v1/auth/dev-login/users')).status).toBe(404);
  });

  it('logs in at the issuer with code and PKCE, and the API admits the issuer’s token', async () => {
    const context = await browser.newContext({ viewport: OFFICE_SCREEN, locale: 'vi-VN' });
    context.setDefaultTimeout(300_000);
    const page = await context.newPage();
    const authorizations: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${issuer.url}/auth`)) authorizations.push(request);
    });

    await page.goto(`${system.api.url}/xa`);
    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản của tỉnh' }).click();
    await page.waitForURL((url) => url.href.startsWith(issuer.url));
    await signInAtIssuer(page, 'can-bo-cam-giang');

    await page.getByRole('heading', { name: 'Hồ sơ của xã 02008' }).waitFor();
    await page.getByText('La Văn Mới').waitFor();
    const authorization = new URL(authorizations[0].url()).searchParams;
    expect(Object.fromEntries(authorization)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: `${system.api.url}/dang-nhap/oidc`,
    });
    expect(authorization.get('code_challenge')).toMatch(/^[\w-]{43}$/);

    // The session holds the issuer's own token, signed with its key, for this API's audience.
    const token = await page.evaluate(() => sessionStorage.getItem('ntm.accessToken'));
    const claims = JSON.parse(Buffer.from(token!.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ iss: issuer.url, aud: system.config.AUTH_AUDIENCE, sub: 'can-bo-cam-giang' });
    const me = await system.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ userId: 'can-bo-cam-giang', name: 'La Văn Mới' });

    // A token the issuer did not sign is refused, however well-formed.
    const [header, payload] = token!.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the issuer').toString('base64url')}`;
    const refused = await system.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${forged}` } });
    expect(refused.status).toBe(401);

    // Logging out ends the session at the issuer too: the next login asks for the account again.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản của tỉnh' }).click();
    await page.locator('input[name="login"]').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('ntm.accessToken'))).toBeNull();
    await context.close();
  });
});

/** oidc-provider's own pages: its login form (any password) and its consent to the web client. */
async function signInAtIssuer(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('mật khẩu bất kỳ');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
}
