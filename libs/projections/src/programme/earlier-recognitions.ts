import type { EarlierRecognition, EarlierRecognitionEvent } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

import { ProgrammeEarlierRecognitionRow } from './programme-earlier-recognition.entity';

export const EARLIER_RECOGNITION_EVENTS: readonly EarlierRecognitionEvent['type'][] = [
  'EarlierRecognitionRecorded',
  'EarlierRecognitionRevoked',
];

export const isEarlierRecognitionEvent = ({ type }: RecordedEvent): boolean =>
  (EARLIER_RECOGNITION_EVENTS as readonly string[]).includes(type);

/** Few events (one per decision recorded from paper): one statement each, in commit order. */
export async function applyEarlierRecognitions(
  events: readonly RecordedEvent[],
  manager: EntityManager,
): Promise<void> {
  for (const recorded of events) {
    const { unitCode, level, year, decisionNumber, decisionDate } = recorded.data as EarlierRecognition;
    const updatedAt = recorded.recordedAt;
    if (recorded.type === 'EarlierRecognitionRecorded')
      await manager.upsert(
        ProgrammeEarlierRecognitionRow,
        { unitCode, level, year, decisionNumber, decisionDate, revokedOn: null, updatedAt },
        ['unitCode', 'level', 'year'],
      );
    else
      await manager.update(
        ProgrammeEarlierRecognitionRow,
        { unitCode, level, year },
        { revokedOn: decisionDate, updatedAt },
      );
  }
}
