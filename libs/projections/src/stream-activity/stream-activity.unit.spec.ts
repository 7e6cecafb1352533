import type { RecordedEvent } from '@ntm/event-store';

import { activityDeltas } from './stream-activity.projector';

const at = (minute: number) => new Date(Date.UTC(2025, 5, 1, 8, minute));

function recorded(streamId: string, streamVersion: number, type: string, minute: number): RecordedEvent {
  return {
    globalPosition: minute,
    transactionId: String(minute),
    streamId,
    streamVersion,
    eventId: `${streamId}-${streamVersion}`,
    type,
    schemaVersion: 1,
    data: {},
    metadata: {},
    recordedAt: at(minute),
    hash: '',
  };
}

describe('stream activity', () => {
  it('counts a batch per stream and keeps its first time and latest event', () => {
    const deltas = activityDeltas([
      recorded('a', 3, 'Registered', 1),
      recorded('b', 1, 'Registered', 2),
      recorded('a', 4, 'Appraised', 3),
    ]);
    expect(deltas.get('a')).toEqual({
      eventCount: 2,
      firstRecordedAt: at(1),
      lastVersion: 4,
      lastEventType: 'Appraised',
      lastRecordedAt: at(3),
    });
    expect(deltas.get('b')).toMatchObject({ eventCount: 1, lastVersion: 1 });
  });
});
