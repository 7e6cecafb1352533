import { dossierEventTypes, type DossierState, dossierSummary, evolve, initialState } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { DossierSummaryRow } from './dossier-summary.entity';
import { dossierIdOf, groupBy, toDossierEvent } from './dossier-events';

/**
 * Continues the domain's fold from the stored state: the rules live once, in `evolve` and
 * `dossierSummary`. Returns undefined while the dossier is not registered (nothing to show).
 */
export function foldSummary(previous: DossierState, events: readonly RecordedEvent[]): DossierSummaryRow | undefined {
  const state = events.reduce((folded, recorded) => {
    const event = toDossierEvent(recorded);
    return event ? evolve(folded, event) : folded;
  }, previous);
  const summary = dossierSummary(state);
  const last = events[events.length - 1];
  if (!summary || !last) return undefined;
  return {
    dossierId: summary.dossierId,
    unitCode: summary.unit.code,
    unitKind: summary.unit.kind,
    province: summary.province,
    level: summary.level,
    year: summary.year,
    status: summary.status,
    round: summary.round,
    catalogueVersion: summary.catalogueVersion,
    criteriaSetId: summary.criteriaSetId,
    regimeId: summary.regimeId,
    metCount: summary.criteria.metCount,
    total: summary.criteria.total,
    unmetIds: [...summary.criteria.unmet],
    stageTier: summary.stage?.tier ?? null,
    stageStepIndex: summary.stage?.stepIndex ?? null,
    stageStep: summary.stage?.step ?? null,
    stagePhase: summary.stage?.phase ?? null,
    pendingAppraisals: summary.pendingAppraisals.length,
    commentsUnanswered: summary.comments.unanswered,
    surveyRate: summary.survey?.rate ?? null,
    surveyPassed: summary.survey?.passed ?? null,
    decisionNumber: summary.recognition?.decisionNumber ?? null,
    decisionDate: summary.recognition?.decisionDate ?? null,
    lastVersion: last.streamVersion,
    updatedAt: last.recordedAt,
    state,
  };
}

/** One read of the batch's dossiers, one fold each, one upsert. */
async function applySummaries(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const byDossier = groupBy(events, dossierIdOf);
  const stored = await manager.find(DossierSummaryRow, {
    where: { dossierId: In([...byDossier.keys()]) },
    select: { dossierId: true, state: true },
  });
  const states = new Map(stored.map((row) => [row.dossierId, row.state]));
  const rows = [...byDossier].flatMap(([dossierId, batch]) => {
    const row = foldSummary(states.get(dossierId) ?? initialState(), batch);
    return row ? [row] : [];
  });
  if (rows.length > 0) await manager.upsert(DossierSummaryRow, rows, ['dossierId']);
}

export const dossierSummaryProjector: Projector = {
  name: 'dossier_summaries',
  handles: dossierEventTypes,
  owns: [DossierSummaryRow],
  apply: applySummaries,
};
