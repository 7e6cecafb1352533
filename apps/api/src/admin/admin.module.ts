import { Module } from '@nestjs/common';

import { AccountWriter } from './account-writer';
import { DEPARTMENTS_IN_FORCE } from './admin.tokens';
import { departmentsInForce, GrantPolicy } from './grant-policy';
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
    { provide: DEPARTMENTS_IN_FORCE, useValue: departmentsInForce },
  ],
})
export class AdminModule {}
