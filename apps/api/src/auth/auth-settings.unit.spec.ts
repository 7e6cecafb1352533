import { generateKeyPairSync, randomBytes } from 'node:crypto';

import { ConfigError, loadConfig } from '@ntm/config';

/** Production refuses to start without the checkpoint signing key and the public codes' key (issue #20). */
const PRODUCTION_KEYS = {
  AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  PUBLIC_CODE_KEY: randomBytes(32).toString('base64'),
};

describe('identity and access settings', () => {
  it('the dev login is on by default in development and test, off in production', () => {
    expect(loadConfig({}).AUTH_DEV_LOGIN).toBe(true);
    expect(loadConfig({ NTM_PROFILE: 'test' }).AUTH_DEV_LOGIN).toBe(true);
    expect(loadConfig({ NTM_PROFILE: 'production', ...PRODUCTION_KEYS }).AUTH_DEV_LOGIN).toBe(false);
  });

  it('the dev login is refused in production even when set, naming the setting', () => {
    expect(() => loadConfig({ NTM_PROFILE: 'production', AUTH_DEV_LOGIN: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ NTM_PROFILE: 'production', AUTH_DEV_LOGIN: 'true' })).toThrow(/AUTH_DEV_LOGIN/);
  });

  it('with an identity provider (JWKS), the dev login is off by default and refused when set', () => {
    expect(loadConfig({ AUTH_JWKS_URL: 'https://id.example.vn/jwks' }).AUTH_DEV_LOGIN).toBe(false);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'https://id.example.vn/jwks', AUTH_DEV_LOGIN: 'true' })).toThrow(
      /AUTH_DEV_LOGIN/,
    );
  });

  it('a short dev secret is refused', () => {
    expect(() => loadConfig({ AUTH_DEV_SECRET: 'short' })).toThrow(/AUTH_DEV_SECRET/);
  });
});
