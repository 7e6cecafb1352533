import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { accountOf, UserGrantRecord, UserRecord } from '@ntm/projections';

import { UserPage, UserResponse } from './dto/user.response';

const DEFAULT_LIMIT = 50;

const encodeCursor = (userId: string) => Buffer.from(userId, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** Users managed within the caller's scope, by id, from the `users` read model (eventually consistent). */
@Injectable()
export class UserListQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(scope: readonly string[], cursor: string | undefined, limit = DEFAULT_LIMIT): Promise<UserPage> {
    if (scope.length === 0) return { items: [] };
    const query = this.dataSource
      .getRepository(UserRecord)
      .createQueryBuilder('u')
      .where('u.unit = any(:scope)', { scope })
      .orderBy('u.user_id', 'ASC')
      .limit(limit + 1);
    if (cursor) query.andWhere('u.user_id > :after', { after: decodeCursor(cursor) });
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const grants = page.length
      ? await this.dataSource.getRepository(UserGrantRecord).find({
          where: { userId: In(page.map((row) => row.userId)) },
          order: { position: 'ASC' },
        })
      : [];
    return {
      items: page.map((row) => UserResponse.of(accountOf(row, grants), row.version)),
      ...(rows.length > limit ? { nextCursor: encodeCursor(page[page.length - 1].userId) } : {}),
    };
  }
}
