import { dossierEventTypes, type DossierState, dossierSummary, evolve, initialState } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { dossierIdOf, groupBy, toDossierEvent } from './dossier-events';
import { DossierStateRow } from './dossier-state.entity';
import { DossierSummaryRow } from './dossier-summary.entity';

/** Continues the domain's fold from the stored state: the rules live once, in `evolve`. */
export const foldDossier = (previous: DossierState, events: readonly RecordedEvent[]): DossierState =>
  events.reduce((folded, recorded) => {
    const event = toDossierEvent(recorded);
    return event ? evolve(folded, event) : folded;
  }, previous);

/**
 * The columns of a dossier's summary row, as the domain's `dossierSummary` computes them, as of its
 * last event. Undefined while the dossier is not registered (nothing to show).
 */
export function summaryRow(state: DossierState, last: RecordedEvent): DossierSummaryRow | undefined {
  const summary = dossierSummary(state);
  if (!summary) return undefined;
  const { criteria, stage, survey, recognition } = summary;
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
    metCount: criteria.metCount,
    total: criteria.total,
    unmetIds: [...criteria.unmet],
    criterionVerdicts: Object.entries(criteria.verdicts).map(([criterionId, verdict]) => ({ criterionId, verdict })),
    stageTier: stage?.tier ?? null,
    stageStepIndex: stage?.stepIndex ?? null,
    stageStep: stage?.step ?? null,
    stagePhase: stage?.phase ?? null,
    pendingAppraisals: summary.pendingAppraisals.length,
    commentsTotal: summary.comments.total,
    commentsUnanswered: summary.comments.unanswered,
    surveyRate: survey?.rate ?? null,
    surveyPassed: survey?.passed ?? null,
    decisionNumber: recognition?.decisionNumber ?? null,
    decisionDate: recognition?.decisionDate ?? null,
    recognitionAuthority: recognition?.authority ?? null,
    revocation: summary.revocation,
    previousDossierId: summary.previousDossierId,
    measurement: summary.measurement,
    coordinatorTask: summary.coordinatorTask,
    revocationPending: summary.revocationPending,
    approverTask: summary.approverTask,
    refusals: summary.refusals,
    questioned: summary.questioned,
    lastVersion: last.streamVersion,
    updatedAt: last.recordedAt,
  };
}

/** One read of the batch's dossiers' states, one fold each, one upsert of the states and one of the rows. */
async function applySummaries(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const byDossier = groupBy(events, dossierIdOf);
  const stored = await manager.findBy(DossierStateRow, { dossierId: In([...byDossier.keys()]) });
  const states = new Map(stored.map((row) => [row.dossierId, row.state]));
  const folded = [...byDossier].map(([dossierId, batch]) => ({
    dossierId,
    state: foldDossier(states.get(dossierId) ?? initialState(), batch),
    last: batch[batch.length - 1],
  }));
  const rows = folded.flatMap(({ state, last }) => summaryRow(state, last) ?? []);
  if (folded.length > 0)
    await manager.upsert(
      DossierStateRow,
      folded.map(({ dossierId, state }) => ({ dossierId, state })),
      ['dossierId'],
    );
  if (rows.length > 0) await manager.upsert(DossierSummaryRow, rows, ['dossierId']);
}

export const dossierSummaryProjector: Projector = {
  name: 'dossier_summaries',
  handles: dossierEventTypes,
  owns: [DossierSummaryRow, DossierStateRow],
  apply: applySummaries,
};
