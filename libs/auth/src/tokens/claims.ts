import { z } from 'zod';

import { type Identity, type RoleGrant, roleGrantSchema } from '../principal';

/**
 * OIDC-compatible claims: `sub`, `name`, and `grants` (this system's roles). With RFC 8693
 * delegation (`act`), the acting party is `act.sub` and the subject is who it acts for.
 */
export const identityClaimsSchema = z.object({
  sub: z.string().trim().min(1),
  name: z.string().trim().min(1),
  grants: z.array(roleGrantSchema),
  act: z.object({ sub: z.string().trim().min(1), name: z.string().trim().min(1).optional() }).optional(),
});

export type IdentityClaims = z.infer<typeof identityClaimsSchema>;

export function identityFromClaims(claims: IdentityClaims): Identity {
  const grants: readonly RoleGrant[] = claims.grants;
  if (!claims.act) return { userId: claims.sub, name: claims.name, grants };
  return { userId: claims.act.sub, name: claims.act.name ?? claims.name, grants, onBehalfOf: claims.sub };
}

export function claimsOf(identity: Identity): IdentityClaims {
  return { sub: identity.userId, name: identity.name, grants: [...identity.grants] };
}
