import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { DemoUsers } from '@ntm/auth';

import { DEMO_USERS } from './auth.tokens';

/**
 * People's display names for the screens and the audit trail: registered accounts (the `users`
 * read model) and, in the development profile, the demo users; a registered account wins over a
 * demo user of the same id, as it does at login.
 */
@Injectable()
export class PersonNames {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(DEMO_USERS) private readonly demoUsers?: DemoUsers,
  ) {}

  /** Display names of the given users; an id no one holds is left out. */
  async of(userIds: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const userId of userIds) {
      const demo = this.demoUsers?.get(userId);
      if (demo) names.set(userId, demo.name);
    }
    const registered: { userId: string; name: string }[] = await this.dataSource.query(
      `select user_id as "userId", name from read_models.users where user_id = any($1)`,
      [userIds],
    );
    for (const { userId, name } of registered) names.set(userId, name);
    return names;
  }
}
