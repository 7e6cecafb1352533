import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { SurveyCampaignRow } from '@ntm/projections';

export type CampaignListItem = Omit<SurveyCampaignRow, 'unitCode'>;

/** A dossier's campaigns from the read model (the worker's projection: it may lag a moment). */
@Injectable()
export class SurveyCampaignIndex {
  constructor(private readonly dataSource: DataSource) {}

  async of(dossierId: string): Promise<CampaignListItem[]> {
    const rows = await this.dataSource
      .getRepository(SurveyCampaignRow)
      .find({ where: { dossierId }, order: { openedAt: 'ASC' } });
    return rows.map(({ unitCode: _unit, ...item }) => item);
  }
}
