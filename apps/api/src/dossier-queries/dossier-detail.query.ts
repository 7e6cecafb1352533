import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '@ntm/auth';
import { CriterionReviewRow, DossierSummaryRow } from '@ntm/projections';

import { notFound } from '../auth/auth.problems';
import { ProblemException } from '../platform/problem.exception';
import { type DossierDetail, toDetail } from './dossier-views';
import { VisibleUnits } from './visible-units';

/** How long a read waits for its own write; past it, the client is told to retry. */
export const READ_YOUR_WRITE_WAIT_MS = 3000;
const POLL_MS = 100;

@Injectable()
export class DossierDetailQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
  ) {}

  /** Out of scope and unknown answer the same 404; `minVersion` waits for the projection to reach it. */
  async run(principal: Principal, dossierId: string, minVersion = 0): Promise<DossierDetail> {
    const row = await this.awaitVersion(dossierId, minVersion);
    if (row && !this.visibleUnits.of(principal).includes(row.unitCode)) throw notFound();
    if (!row && minVersion === 0) throw notFound();
    if (!row || row.lastVersion < minVersion) throw new ProjectionLagging(minVersion - (row?.lastVersion ?? 0));
    const reviews = await this.dataSource.getRepository(CriterionReviewRow).findBy({
      dossierId,
      round: row.round,
      stepIndex: row.stageStepIndex ?? -1,
    });
    return toDetail(row, reviews);
  }

  private async awaitVersion(dossierId: string, minVersion: number): Promise<DossierSummaryRow | null> {
    const deadline = Date.now() + READ_YOUR_WRITE_WAIT_MS;
    for (;;) {
      const row = await this.dataSource.getRepository(DossierSummaryRow).findOneBy({ dossierId });
      if ((row?.lastVersion ?? 0) >= minVersion || Date.now() >= deadline) return row;
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  }
}

/**
 * 202 (the write is accepted, its read model not there yet) as problem+json; the controller adds
 * `Retry-After` and `Projection-Lag` (versions behind), rather than a stale 200 taken for the write.
 */
export class ProjectionLagging extends ProblemException {
  constructor(readonly versionsBehind: number) {
    super(
      'projection.lagging',
      202,
      { vi: 'Dữ liệu đang được cập nhật', en: 'Read model not caught up yet' },
      {
        vi: `Mô hình đọc còn chậm ${versionsBehind} phiên bản; thử lại sau giây lát`,
        en: `The read model is ${versionsBehind} version(s) behind; retry shortly`,
      },
      [],
      { versionsBehind },
    );
  }
}
