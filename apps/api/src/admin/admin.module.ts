import { Module } from '@nestjs/common';

import { loadCatalogue } from '@ntm/catalogue';

import { AccountWriter } from './account-writer';
import { CATALOGUE_DEPARTMENTS } from './admin.tokens';
import { GrantPolicy } from './grant-policy';
import { UnitsController } from './units.controller';
import { UserListQuery } from './user-list.query';
import { UsersController } from './users.controller';

/** Administration of user accounts, role grants and (read-only) administrative units. */
@Module({
  controllers: [UsersController, UnitsController],
  providers: [
    AccountWriter,
    GrantPolicy,
    UserListQuery,
    {
      provide: CATALOGUE_DEPARTMENTS,
      useFactory: (): ReadonlySet<string> => new Set(loadCatalogue().departments.map((department) => department.code)),
    },
  ],
})
export class AdminModule {}
