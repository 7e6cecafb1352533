import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { DemoUsers, Role } from '@ntm/auth';
import type { Tier } from '@ntm/domain';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS, DEMO_USERS } from '../auth/auth.tokens';

/** A person holding a council role, by the grant that makes them one. */
export interface CouncilPerson {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly unit: string;
}

/** The council each tier convenes: the province's appraisal council, the district's verification council. */
const COUNCIL_ROLE: Readonly<Partial<Record<Tier, Role>>> = {
  province: 'council-member',
  district: 'district-council-member',
};

/**
 * The people who may sit on a council: active registered accounts (the `users` read model) and,
 * in the development profile, the demo users; a registered account wins over a demo user of the
 * same id, as it does at login.
 */
@Injectable()
export class CouncilPeople {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
    @Optional() @Inject(DEMO_USERS) private readonly demoUsers?: DemoUsers,
  ) {}

  /** Those holding the tier's council role at a unit covering `unitCode`, by name. */
  async candidates(tier: Tier, unitCode: string): Promise<CouncilPerson[]> {
    const role = COUNCIL_ROLE[tier];
    if (!role) return [];
    const registered = await this.registered({ role });
    const accounts = registered.flatMap((row) =>
      row.status === 'active' && row.role && row.unit
        ? [{ userId: row.userId, name: row.name, role: row.role as Role, unit: row.unit }]
        : [],
    );
    return [...accounts, ...this.demo(registered)]
      .filter((person) => person.role === role && this.units.isWithin(unitCode, person.unit))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.userId.localeCompare(b.userId));
  }

  private registered(filter: { role: Role }): Promise<RegisteredGrant[]> {
    return this.dataSource.query(
      `select u.user_id as "userId", u.name, u.status, g.role, g.unit
       from read_models.users u left join read_models.user_grants g on g.user_id = u.user_id
       where g.role = $1`,
      [filter.role],
    );
  }

  /** The demo users' grants, but for ids a registered account holds (its grants are the store's). */
  private demo(registered: readonly RegisteredGrant[]): CouncilPerson[] {
    const known = new Set(registered.map((row) => row.userId));
    return [...(this.demoUsers?.values() ?? [])]
      .filter((user) => !known.has(user.userId))
      .flatMap((user) => user.grants.map(({ role, unit }) => ({ userId: user.userId, name: user.name, role, unit })));
  }
}

interface RegisteredGrant {
  readonly userId: string;
  readonly name: string;
  readonly status: string;
  readonly role: string | null;
  readonly unit: string | null;
}
