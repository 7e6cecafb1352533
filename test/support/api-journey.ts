import type { DevTokenSigner, Identity, Role } from '@ntm/auth';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';

import { apiActor, type Send } from './dossier-journey';
import { startTestSystem, type TestSystem } from './system';

/**
 * An HTTP journey's system and its people, for one `describe`: starts the system before its tests
 * and stops it after. `as(role, unit)` is a person with that one grant and a token of their own
 * (resolved lazily: actors are declared before the system starts).
 */
export function apiJourney(options: Parameters<typeof startTestSystem>[0] = {}) {
  let system: TestSystem;
  let signer: DevTokenSigner;
  beforeAll(async () => {
    system = await startTestSystem(options);
    signer = system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
  });
  afterAll(() => system?.stop());
  return {
    system: () => system,
    sign: (identity: Identity) => signer(identity),
    as:
      (role: Role, unit: string, options: { userId?: string; department?: string } = {}): Send =>
      (...request) =>
        apiActor(system.api.url, signer)(role, unit, options)(...request),
  };
}
