import { ownerOfStream, type RecordedEvent } from '@ntm/event-store';
import { ACCOUNT_EVENT_TYPES, foldUserAccount, type Role, type UserAccount } from '@ntm/auth';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { UserGrantRecord, UserRecord } from './user-records.entity';

export type RegisteredAccount = Exclude<UserAccount, { readonly status: 'unregistered' }>;

/** A user as the read model holds it: the account folded from its stream, with version and times. */
export interface UserView {
  readonly account: RegisteredAccount;
  readonly version: number;
  readonly registeredAt: Date;
  readonly updatedAt: Date;
}

/**
 * Folds a batch into the views of the users it touches, with the same fold as the command side,
 * so the list shows exactly what `GET /admin/users/:id` reads from the stream.
 */
export function projectUserEvents(
  before: ReadonlyMap<string, UserView>,
  events: readonly RecordedEvent[],
): Map<string, UserView> {
  const views = new Map(before);
  for (const event of events) {
    const userId = ownerOfStream(event.streamId);
    const seen = views.get(userId);
    const account = foldUserAccount([event], seen?.account);
    if (account.status === 'unregistered') continue;
    views.set(userId, {
      account,
      version: event.streamVersion,
      registeredAt: seen?.registeredAt ?? event.recordedAt,
      updatedAt: event.recordedAt,
    });
  }
  return views;
}

/** A user's rows read back as the account they were written from. */
export function accountOf(user: UserRecord, grants: readonly UserGrantRecord[]): RegisteredAccount {
  return {
    status: user.status,
    userId: user.userId,
    name: user.name,
    unit: user.unit,
    grants: grants
      .filter((grant) => grant.userId === user.userId)
      .map(({ grantId, role, unit, department }) => ({
        grantId,
        role: role as Role,
        unit,
        ...(department ? { department } : {}),
      })),
  };
}

async function loadViews(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, UserView>> {
  const users = await manager.find(UserRecord, { where: { userId: In(userIds) } });
  const grants = await manager.find(UserGrantRecord, { where: { userId: In(userIds) }, order: { position: 'ASC' } });
  return new Map(
    users.map((user) => [
      user.userId,
      {
        account: accountOf(user, grants),
        version: user.version,
        registeredAt: user.registeredAt,
        updatedAt: user.updatedAt,
      },
    ]),
  );
}

/** Admin writes are rare: load the touched users, fold, write them back whole. */
async function applyUserEvents(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const userIds = [...new Set(events.map((event) => ownerOfStream(event.streamId)))];
  const views = [...projectUserEvents(await loadViews(manager, userIds), events).values()];
  if (views.length === 0) return;
  await manager.upsert(
    UserRecord,
    views.map(({ account, version, registeredAt, updatedAt }) => ({
      userId: account.userId,
      name: account.name,
      unit: account.unit,
      status: account.status,
      version,
      registeredAt,
      updatedAt,
    })),
    ['userId'],
  );
  await manager.delete(UserGrantRecord, { userId: In(views.map((view) => view.account.userId)) });
  const grants = views.flatMap(({ account }) =>
    account.grants.map((grant, position) => ({
      ...grant,
      userId: account.userId,
      position,
      department: grant.department ?? null,
    })),
  );
  if (grants.length > 0) await manager.insert(UserGrantRecord, grants);
}

export const usersProjector: Projector = {
  name: 'users',
  handles: ACCOUNT_EVENT_TYPES,
  owns: [UserRecord, UserGrantRecord],
  apply: applyUserEvents,
};
