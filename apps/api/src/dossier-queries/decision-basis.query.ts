import { Inject, Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { decisionBasis } from '@ntm/domain';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import type { DecisionBasisResponse } from './approver.response';
import { VisibleDossier } from './visible-dossier';

/**
 * The survey, the councils and the revocation steps with their texts, folded from the dossier's own
 * stream: the summaries keep counts and phases, not what each step recorded.
 */
@Injectable()
export class DecisionBasisQuery {
  constructor(
    private readonly dossiers: VisibleDossier,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async run(principal: Principal, dossierId: string): Promise<DecisionBasisResponse> {
    const { state, version } = await this.dossiers.fold(principal, dossierId);
    const { code, kind } = state.dossier.unit;
    return {
      dossierId,
      version,
      unit: { code, kind, name: this.units.get(code)?.name ?? code },
      ...decisionBasis(state),
    };
  }
}
