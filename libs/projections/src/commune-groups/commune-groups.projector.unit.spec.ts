import type { RecordedEvent } from '@ntm/event-store';
import type { CommuneGroupAssigned } from '@ntm/units';

import { communeGroupRows } from './commune-groups.projector';

const assigned = (group: 1 | 2 | 3, previousGroup: 1 | 2 | 3 | null): CommuneGroupAssigned => ({
  type: 'CommuneGroupAssigned',
  data: { unitCode: '02008', catalogueVersion: '2026.1', group, previousGroup, reason: 'Rà soát năm 2026' },
});

describe('commune groups read model', () => {
  it('the read model keeps the latest assignment per commune and version', () => {
    const recorded = (version: number, event: CommuneGroupAssigned): RecordedEvent => ({
      globalPosition: version,
      transactionId: String(version),
      streamId: 'commune-group-02008',
      streamVersion: version,
      eventId: `e${version}`,
      ...event,
      schemaVersion: 1,
      metadata: {},
      recordedAt: new Date(Date.UTC(2026, 2, version)),
      hash: '',
    });
    expect(communeGroupRows([recorded(1, assigned(1, 2)), recorded(2, assigned(3, 1))])).toEqual([
      {
        unitCode: '02008',
        catalogueVersion: '2026.1',
        group: 3,
        reason: 'Rà soát năm 2026',
        version: 2,
        assignedAt: new Date(Date.UTC(2026, 2, 2)),
      },
    ]);
  });
});
