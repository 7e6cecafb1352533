import type { FastifyRequest } from 'fastify';

import { ROLE_LEVELS } from '@ntm/auth';
import type { Tier } from '@ntm/domain';

import { forbidden } from '../auth/auth.problems';
import { principalOf } from '../auth/request-principal';

/**
 * District roles act on the district step only (three-tier verification and its council): a
 * district coordinator consolidates and records its own council, never the province's.
 */
export function checkTierReach(request: FastifyRequest, tier: Tier): void {
  const { role } = principalOf(request);
  if (ROLE_LEVELS[role].every((level) => level === 'district') && tier !== 'district') {
    throw forbidden({
      vi: `Vai trò cấp huyện chỉ thao tác ở bước cấp huyện, không ở cấp ${tier}.`,
      en: `A district role acts on the district step only, not at the ${tier} tier.`,
    });
  }
}
