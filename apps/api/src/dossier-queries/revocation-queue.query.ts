import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '@ntm/auth';
import type { RevocationView } from '@ntm/domain';
import { DossierSummaryRow } from '@ntm/projections';

import { DEFAULT_LIMIT } from './dossier-queries.dto';
import { VisibleUnits } from './visible-units';

export interface RevocationQueueEntry {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly status: string;
  readonly revocation: RevocationView;
  readonly updatedAt: string;
}

/**
 * The coordinator's revocation work: cases raised by review rounds awaiting a decision to open or
 * close them, then proposals under way and revoked dossiers not yet announced, oldest first.
 */
@Injectable()
export class RevocationQueueQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
  ) {}

  async run(principal: Principal, limit = DEFAULT_LIMIT): Promise<{ items: RevocationQueueEntry[] }> {
    const rows = await this.dataSource
      .getRepository(DossierSummaryRow)
      .createQueryBuilder('s')
      .where('s.unit_code = any(:units)', { units: this.visibleUnits.of(principal) })
      .andWhere('s.revocation_pending')
      .orderBy('s.updated_at')
      .addOrderBy('s.dossier_id')
      .limit(limit)
      .getMany();
    const items = rows.flatMap((row) => {
      const { revocation } = row;
      if (!revocation) return [];
      const { dossierId, unitCode, status } = row;
      return [{ dossierId, unitCode, status, revocation, updatedAt: row.updatedAt.toISOString() }];
    });
    return { items };
  }
}
