import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { CriterionReviewRow } from './criterion-review.entity';
import { applyReviewEvent, reviewedDossier, reviewKey } from './criterion-review.fold';
import { NOTICE_EVENTS } from './dossier-events';

const keyOf = (row: CriterionReviewRow) => reviewKey(row.dossierId, row.round, row.stepIndex, row.criterionId);

/** Loads the batch's dossiers' rows, folds every event in memory, writes the touched rows once. */
async function applyReviews(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const dossierIds = [...new Set(events.flatMap((event) => reviewedDossier(event) ?? []))];
  const loaded = await manager.findBy(CriterionReviewRow, { dossierId: In(dossierIds) });
  const rows = new Map(loaded.map((row) => [keyOf(row), row]));
  const before = new Map(loaded.map((row) => [keyOf(row), row]));
  for (const event of events) applyReviewEvent(rows, event);
  const touched = [...rows].filter(([key, row]) => before.get(key) !== row).map(([, row]) => row);
  if (touched.length > 0) await manager.upsert(CriterionReviewRow, touched, keyColumns);
}

const keyColumns = ['dossierId', 'round', 'stepIndex', 'criterionId'];

export const criterionReviewProjector: Projector = {
  name: 'criterion_reviews',
  handles: [
    'CriteriaAssigned',
    'CriterionAppraised',
    'SupplementRequested',
    'SupplementProvided',
    'DeadlineExtended',
    ...NOTICE_EVENTS,
  ],
  owns: [CriterionReviewRow],
  apply: applyReviews,
};
