import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '@ntm/auth';
import { unconfirmedThresholds } from '@ntm/catalogue';
import { dossierStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';
import { CriterionReviewRow, DossierSummaryRow } from '@ntm/projections';
import type { AdministrativeUnits } from '@ntm/units';

import { notFound } from '../auth/auth.problems';
import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { CatalogueVersionBook } from '../catalogue/catalogue-version-book';
import { ProblemException, validationProblem } from '../platform/problem.exception';
import { type DossierDetail, toDetail, toLinked } from './dossier-views';
import { VisibleUnits } from './visible-units';

/** How long a read waits for its own write; past it, the client is told to retry. */
export const READ_YOUR_WRITE_WAIT_MS = 3000;
const POLL_MS = 100;
/**
 * How far past the stream's last version `minVersion` may point. A client takes it from its own
 * write's answer, given after the commit, so it is never beyond; the margin only spares a client
 * that counts one or two ahead from a refusal.
 */
export const MIN_VERSION_MARGIN = 5;

@Injectable()
export class DossierDetailQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly versions: CatalogueVersionBook,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  /**
   * `minVersion` waits for the projection to reach it. A dossier out of scope is treated exactly as
   * one not (yet) projected, wait and answer included (404, or 202 with `minVersion`): otherwise a
   * quick 404 against a slow 202 would tell which ids exist in other provinces.
   */
  async run(principal: Principal, dossierId: string, minVersion = 0): Promise<DossierDetail> {
    const visible = this.visibleUnits.of(principal);
    const inScope = (found: DossierSummaryRow) => visible.includes(found.unitCode);
    if (minVersion > 0) await this.refuseUnwrittenVersion(dossierId, minVersion, inScope);
    const row = await this.awaitVersion(dossierId, minVersion, inScope);
    if (!row && minVersion === 0) throw notFound();
    if (!row || row.lastVersion < minVersion) throw new ProjectionLagging(minVersion - (row?.lastVersion ?? 0));
    const reviews = await this.dataSource.getRepository(CriterionReviewRow).findBy({
      dossierId,
      round: row.round,
      stepIndex: row.stageStepIndex ?? -1,
    });
    const successorUnits = this.units.successorsOf(row.unitCode).map(({ code, name }) => ({ code, name }));
    return toDetail(row, reviews, await this.chain(row, visible), {
      unconfirmedThresholds: await this.unconfirmed(row),
      successorUnits,
      unitName: this.units.get(row.unitCode)?.name ?? null,
    });
  }

  /** From the version the dossier pinned, a province's own included (its thresholds never change once pinned). */
  private async unconfirmed(row: DossierSummaryRow): Promise<string[]> {
    const version = await this.versions.get(row.catalogueVersion);
    const set = version?.criteriaSets.find((s) => s.id === row.criteriaSetId);
    return set ? unconfirmedThresholds(set) : [];
  }

  /**
   * Re-recognition links both ways: the earlier dossier is named in this one's registration; the
   * later ones name this one.
   */
  private async chain(row: DossierSummaryRow, visible: readonly string[]): Promise<DossierDetail['history']> {
    const summaries = this.dataSource.getRepository(DossierSummaryRow);
    const previousId = row.previousDossierId;
    const previous = previousId ? await summaries.findOneBy({ dossierId: previousId }) : null;
    const later = await summaries
      .createQueryBuilder('s')
      .where('s.previous_dossier_id = :id', { id: row.dossierId })
      .andWhere('s.unit_code = any(:units)', { units: visible })
      .orderBy('s.year')
      .addOrderBy('s.dossier_id')
      .getMany();
    return {
      previous: previous && visible.includes(previous.unitCode) ? toLinked(previous) : null,
      later: later.map(toLinked),
    };
  }

  /**
   * A `minVersion` no write has reached is refused at once rather than holding the request for the
   * whole wait (a huge value held it open for nothing). Only a dossier in the caller's scope has its
   * stream read; for any other the bound is the margin alone, so the answer tells nothing of whether
   * it exists or how far it has gone.
   */
  private async refuseUnwrittenVersion(
    dossierId: string,
    minVersion: number,
    inScope: (row: DossierSummaryRow) => boolean,
  ): Promise<void> {
    const row = await this.dataSource.getRepository(DossierSummaryRow).findOneBy({ dossierId });
    const [last] =
      row && inScope(row)
        ? await this.store.readStream(dossierStreamId(dossierId), { direction: 'backwards', maxCount: 1 })
        : [];
    if (minVersion <= (last?.streamVersion ?? 0) + MIN_VERSION_MARGIN) return;
    throw validationProblem([
      { field: 'minVersion', reason: 'vượt quá phiên bản đã ghi của hồ sơ (beyond the dossier’s recorded version)' },
    ]);
  }

  private async awaitVersion(
    dossierId: string,
    minVersion: number,
    inScope: (row: DossierSummaryRow) => boolean,
  ): Promise<DossierSummaryRow | null> {
    const deadline = Date.now() + READ_YOUR_WRITE_WAIT_MS;
    for (;;) {
      const found = await this.dataSource.getRepository(DossierSummaryRow).findOneBy({ dossierId });
      const row = found && inScope(found) ? found : null;
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
    super({
      code: 'projection.lagging',
      status: 202,
      title: { vi: 'Dữ liệu đang được cập nhật', en: 'Read model not caught up yet' },
      detail: {
        vi: `Mô hình đọc còn chậm ${versionsBehind} phiên bản; thử lại sau giây lát`,
        en: `The read model is ${versionsBehind} version(s) behind; retry shortly`,
      },
      extensions: { versionsBehind },
    });
  }
}
