import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type Principal, ROLE_LEVELS } from '@ntm/auth';
import { loadCatalogue } from '@ntm/catalogue';
import type { RevocationView } from '@ntm/domain';
import { DossierSummaryRow } from '@ntm/projections';

import { afterKey, decodeCursor, type Page, pageOf } from './cursor';
import { DEFAULT_LIMIT, type PageQueryDto } from './dossier-queries.dto';
import { VisibleUnits } from './visible-units';

/** `regimeId/stepIndex` of every review step a council sits on. */
const COUNCIL_STEPS = loadCatalogue().regimes.flatMap((regime) =>
  regime.steps.flatMap((step, index) => (step.council ? [`${regime.id}/${index}`] : [])),
);

export interface CouncilWaitingItem {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly subject: 'recognition' | 'revocation';
  readonly tier: string | null;
  readonly metCount: number;
  readonly total: number;
  readonly surveyRate: number | null;
  readonly revocation: RevocationView | null;
  readonly updatedAt: string;
}

/**
 * Dossiers waiting for the secretary to convene a council, from the summaries: a review step with
 * a council, consolidated with every criterion met, at the caller's tier (a district role records
 * the district's); or a revocation proposal whose council has yet to sit (its council view says
 * whether the commune's explanation or consultation is still awaited).
 */
@Injectable()
export class CouncilWaitingQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
  ) {}

  async run(principal: Principal, { cursor, limit = DEFAULT_LIMIT }: PageQueryDto): Promise<Page<CouncilWaitingItem>> {
    const districtOnly = ROLE_LEVELS[principal.role].every((level) => level === 'district');
    const params: Record<string, unknown> = {
      units: this.visibleUnits.of(principal),
      tier: districtOnly ? 'district' : 'province',
      councilSteps: COUNCIL_STEPS,
    };
    const consolidated = `s.status = 'in-review' and s.stage_phase = 'consolidated' and s.unmet_ids = '[]'::jsonb
      and s.stage_tier = :tier and (s.regime_id || '/' || s.stage_step_index) = any(:councilSteps)`;
    const proposal = `s.status = 'revocation-proposed' and s.revocation->'steps'->>'council' = 'pending'`;
    const rows = await this.dataSource
      .getRepository(DossierSummaryRow)
      .createQueryBuilder('s')
      .where(`s.unit_code = any(:units) and (${districtOnly ? consolidated : `${consolidated} or ${proposal}`})`)
      .andWhere(afterKey(['s.dossier_id'], decodeCursor(cursor, 1), params))
      .setParameters(params)
      .orderBy('s.dossier_id')
      .limit(limit + 1)
      .getMany();
    return pageOf(rows, limit, (row) => [row.dossierId], toWaiting);
  }
}

function toWaiting(row: DossierSummaryRow): CouncilWaitingItem {
  return {
    dossierId: row.dossierId,
    unitCode: row.unitCode,
    subject: row.status === 'revocation-proposed' ? 'revocation' : 'recognition',
    tier: row.stageTier,
    metCount: row.metCount,
    total: row.total,
    surveyRate: row.surveyRate,
    revocation: row.revocation,
    updatedAt: row.updatedAt.toISOString(),
  };
}
