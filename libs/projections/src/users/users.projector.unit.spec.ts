import type { RecordedEvent } from '@ntm/event-store';

import type { AccountEvent } from '@ntm/auth';
import { projectUserEvents } from './users.projector';

const at = (minute: number) => new Date(Date.UTC(2025, 5, 1, 8, minute));

function recorded(userId: string, streamVersion: number, event: AccountEvent): RecordedEvent {
  return {
    globalPosition: streamVersion,
    transactionId: String(streamVersion),
    streamId: `user-${userId}`,
    streamVersion,
    eventId: `${userId}-${streamVersion}`,
    ...event,
    schemaVersion: 1,
    metadata: {},
    recordedAt: at(streamVersion),
    hash: '',
  };
}

describe('users read model', () => {
  const registered = recorded('lan', 1, {
    type: 'UserRegistered',
    data: { userId: 'lan', name: 'Nông Thị Lan', unit: '06' },
  });
  const granted = (version: number, grantId: string) =>
    recorded('lan', version, { type: 'RoleGranted', data: { grantId, role: 'council-member', unit: '06' } });

  it('folds registration, grants and revocations into the current account, version and times', () => {
    const views = projectUserEvents(new Map(), [
      registered,
      granted(2, 'g1'),
      recorded('lan', 3, { type: 'RoleRevoked', data: { grantId: 'g1' } }),
      granted(4, 'g2'),
    ]);
    expect(views.get('lan')).toEqual({
      account: {
        status: 'active',
        userId: 'lan',
        name: 'Nông Thị Lan',
        unit: '06',
        grants: [{ grantId: 'g2', role: 'council-member', unit: '06' }],
      },
      version: 4,
      registeredAt: at(1),
      updatedAt: at(4),
    });
  });

  it('continues from what an earlier batch wrote, and records deactivation', () => {
    const first = projectUserEvents(new Map(), [registered, granted(2, 'g1')]);
    const second = projectUserEvents(first, [recorded('lan', 3, { type: 'UserDeactivated', data: { userId: 'lan' } })]);
    expect(second.get('lan')).toMatchObject({
      account: { status: 'deactivated', grants: [{ grantId: 'g1' }] },
      version: 3,
      registeredAt: at(1),
    });
  });

  it('ignores events of a user it never saw registered', () => {
    expect(projectUserEvents(new Map(), [granted(2, 'g1')]).size).toBe(0);
  });
});
