import { Inject, Injectable } from '@nestjs/common';

import { foldUserAccount, type Identity, type UserAccount } from '@ntm/auth';
import { EVENT_STORE, type EventStore, userStreamId } from '@ntm/event-store';

export interface StoredAccount {
  readonly account: UserAccount;
  /** The stream version: the account's ETag and the expected version of the next write. */
  readonly version: number;
}

/** What authentication makes of a verified token, given the registered users. */
export type Admission = { readonly admitted: true; readonly identity: Identity } | { readonly admitted: false };

/**
 * The registered users, read from their streams (not the read model) so a deactivation or a
 * revocation takes effect on the very next request. One indexed read per authenticated request.
 */
@Injectable()
export class UserDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(userId: string): Promise<StoredAccount> {
    const events = await this.store.readStream(userStreamId(userId));
    return { account: foldUserAccount(events), version: events.at(-1)?.streamVersion ?? 0 };
  }

  /**
   * A registered user acts with the grants and name the store holds now, whatever the token says;
   * a deactivated one is refused. A user the store does not know keeps the token's grants (the
   * identity provider's, or the demo file's through the dev login).
   */
  async admit(identity: Identity): Promise<Admission> {
    return admission(identity, (await this.find(identity.userId)).account);
  }
}

export function admission(identity: Identity, account: UserAccount): Admission {
  if (account.status === 'unregistered') return { admitted: true, identity };
  if (account.status === 'deactivated') return { admitted: false };
  const grants = account.grants.map(({ role, unit, department }) => ({
    role,
    unit,
    ...(department ? { department } : {}),
  }));
  return { admitted: true, identity: { ...identity, name: account.name, grants } };
}
