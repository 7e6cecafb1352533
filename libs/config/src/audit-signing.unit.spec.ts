import { createPublicKey, generateKeyPairSync } from 'node:crypto';

import { ConfigError, loadConfig } from './load-config';

describe('the checkpoint signing key (AUDIT_SIGNING_KEY)', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicPem = (key: Parameters<typeof createPublicKey>[0]) =>
    createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();

  it('accepts an Ed25519 key as PEM or as base64 PKCS8', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const base64 = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(publicPem(loadConfig({ AUDIT_SIGNING_KEY: pem }).AUDIT_SIGNING_KEY)).toBe(publicPem(privateKey));
    expect(publicPem(loadConfig({ AUDIT_SIGNING_KEY: base64 }).AUDIT_SIGNING_KEY)).toBe(publicPem(privateKey));
  });

  it('derives the same development key at every start, so earlier checkpoints still verify', () => {
    expect(publicPem(loadConfig({}).AUDIT_SIGNING_KEY)).toBe(publicPem(loadConfig({}).AUDIT_SIGNING_KEY));
  });

  it('refuses production without a key, and any key that is not Ed25519, naming the setting', () => {
    expect(() => loadConfig({ NTM_PROFILE: 'production' })).toThrow(/AUDIT_SIGNING_KEY/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: rsa.toString() })).toThrow(ConfigError);
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'not a key' })).toThrow(/AUDIT_SIGNING_KEY/);
  });
});

describe('the pinned public key of the checkpoints (AUDIT_PUBLIC_KEY)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const signing = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('is derived from the signing key when not set', () => {
    expect(loadConfig({ AUDIT_SIGNING_KEY: signing }).AUDIT_PUBLIC_KEY.equals(publicKey)).toBe(true);
  });

  it('accepts the signing key’s own public key as PEM or as base64 SPKI', () => {
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const base64 = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    for (const pinned of [pem, base64]) {
      expect(
        loadConfig({ AUDIT_SIGNING_KEY: signing, AUDIT_PUBLIC_KEY: pinned }).AUDIT_PUBLIC_KEY.equals(publicKey),
      ).toBe(true);
    }
  });

  it('stops the start when it is another key, or no Ed25519 key at all, naming the setting', () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: signing, AUDIT_PUBLIC_KEY: other })).toThrow(
      /AUDIT_PUBLIC_KEY.*(không khớp|does not match)/s,
    );
    expect(() => loadConfig({ AUDIT_PUBLIC_KEY: 'not a key' })).toThrow(/AUDIT_PUBLIC_KEY/);
  });
});
