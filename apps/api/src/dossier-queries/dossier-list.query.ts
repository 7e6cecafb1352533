import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '@ntm/auth';
import { DossierSummaryRow } from '@ntm/projections';

import { afterKey, decodeCursor, type Page, pageOf } from './cursor';
import { DEFAULT_LIMIT, type DossierListQueryDto } from './dossier-queries.dto';
import { type DossierListItem, toListItem } from './dossier-views';
import { VisibleUnits } from './visible-units';

/** An unappraised criterion of the current step flagged by an overdue notice. */
export const OVERDUE_IN_CURRENT_STEP = `exists (select 1 from read_models.criterion_reviews r
  where r.dossier_id = s.dossier_id and r.round = s.round and r.step_index = s.stage_step_index
    and r.overdue and r.status <> 'appraised')`;

@Injectable()
export class DossierListQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
  ) {}

  async run(principal: Principal, filter: DossierListQueryDto): Promise<Page<DossierListItem>> {
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const params: Record<string, unknown> = { units: this.visibleUnits.of(principal) };
    const where = ['s.unit_code = any(:units)'];
    const equal = {
      status: filter.status,
      level: filter.level,
      year: filter.year,
      unit_code: filter.unit,
      province: filter.province,
    };
    for (const [column, value] of Object.entries(equal)) {
      if (value === undefined) continue;
      params[column] = value;
      where.push(`s.${column} = :${column}`);
    }
    if (filter.overdue !== undefined)
      where.push(filter.overdue ? OVERDUE_IN_CURRENT_STEP : `not ${OVERDUE_IN_CURRENT_STEP}`);
    where.push(afterKey(['s.dossier_id'], decodeCursor(filter.cursor, 1), params));
    const rows = await this.dataSource
      .getRepository(DossierSummaryRow)
      .createQueryBuilder('s')
      .where(where.join(' and '), params)
      .orderBy('s.dossier_id')
      .limit(limit + 1)
      .getMany();
    return pageOf(rows, limit, (row) => [row.dossierId], toListItem);
  }
}
