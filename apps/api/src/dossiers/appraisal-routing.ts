import { Inject, Injectable } from '@nestjs/common';

import { loadCatalogue } from '@ntm/catalogue';
import { type AppraisingBody, bodyToday, type DossierRegistered, type PinnedAssignment } from '@ntm/domain';
import { decodeEvent, dossierStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';

/**
 * Who does a dossier's pinned assignment today (the 2025 mergers), from its registration's rules and
 * province and the structure this build ships: the latest catalogue's departments, the units in force.
 */
@Injectable()
export class AppraisalRouting {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async bodyToday(dossierId: string, assigned: PinnedAssignment): Promise<AppraisingBody | undefined> {
    const [registration] = await this.store.readStream(dossierStreamId(dossierId), { toVersion: 1 });
    if (registration?.type !== 'DossierRegistered') return undefined;
    const { rules, province } = decodeEvent<DossierRegistered>(registration).data;
    const today = {
      departments: loadCatalogue().departments,
      province: this.units.inForce(province)?.code ?? province,
    };
    return bodyToday(rules, assigned, today);
  }
}
