import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Identity, Principal, ScopeFilter } from '@ntm/auth';

import { SCOPE_FILTER } from '../auth/auth.tokens';
import { Authorize } from '../auth/authorize.decorator';
import { notFound } from '../auth/auth.problems';
import { CurrentIdentity, CurrentPrincipal } from '../auth/request-principal';
import { UserDirectory } from '../auth/user-directory';
import { AccountWriter, type AccountWritten } from './account-writer';
import {
  ACCOUNT_ADMINISTRATORS,
  ACCOUNT_READERS,
  accountUnit,
  GRANT_ADMINISTRATORS,
  registrationUnit,
} from './admin-access';
import { GrantRoleRequest, RegisterUserRequest, UserListQuery as UserListParams } from './dto/user-commands.dto';
import { UserPage, UserResponse } from './dto/user.response';
import { GrantPolicy } from './grant-policy';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { etagOf } from '../platform/if-match';
import { UserListQuery } from './user-list.query';

const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Lặp lại cùng khoá: cùng kết quả, không ghi hai lần',
};
const IF_MATCH = { name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' };

/** User accounts and their role grants; every write is an event of the stream `user-<id>`. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class UsersController {
  constructor(
    private readonly writer: AccountWriter,
    private readonly policy: GrantPolicy,
    private readonly directory: UserDirectory,
    private readonly users: UserListQuery,
    @Inject(SCOPE_FILTER) private readonly scopeFilter: ScopeFilter,
  ) {}

  @Post()
  @HttpCode(201)
  @Authorize({ roles: ACCOUNT_ADMINISTRATORS, scope: registrationUnit })
  @ApiOperation({ summary: 'Đăng ký người dùng (register a user account)' })
  @ApiHeader(IDEMPOTENCY)
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async register(
    @Body() body: RegisterUserRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.policy.checkUnit(body.unit);
    const written = await this.writer.execute(request, body.userId, () => ({
      type: 'RegisterUser',
      data: { ...body },
    }));
    return answer(reply, written);
  }

  @Post(':id/grants')
  @HttpCode(201)
  @Authorize({ roles: GRANT_ADMINISTRATORS, scope: accountUnit })
  @ApiOperation({ summary: 'Giao vai trò (grant a role at a unit, and a department for appraisers)' })
  @ApiHeader(IDEMPOTENCY)
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async grant(
    @Param('id') id: string,
    @Body() body: GrantRoleRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.policy.check(principal, body);
    const written = await this.writer.execute(request, id, (grantId) => ({
      type: 'GrantRole',
      data: { grantId, ...body },
    }));
    return answer(reply, written);
  }

  @Delete(':id/grants/:grantId')
  @Authorize({ roles: GRANT_ADMINISTRATORS, scope: accountUnit })
  @ApiOperation({ summary: 'Thu hồi vai trò (revoke a grant)' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async revoke(
    @Param('id') id: string,
    @Param('grantId') grantId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.writer.execute(request, id, () => ({ type: 'RevokeRole', data: { grantId } }));
    return answer(reply, written);
  }

  @Post(':id/deactivation')
  @HttpCode(200)
  @Authorize({ roles: ACCOUNT_ADMINISTRATORS, scope: accountUnit })
  @ApiOperation({ summary: 'Vô hiệu hoá tài khoản: mã truy cập của người dùng bị từ chối (401)' })
  @ApiHeader(IDEMPOTENCY)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async deactivate(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.writer.execute(request, id, () => ({ type: 'DeactivateUser', data: { userId: id } }));
    return answer(reply, written);
  }

  @Get()
  @Authorize({ roles: ACCOUNT_READERS })
  @ApiOperation({ summary: 'Người dùng trong phạm vi (users managed within your scope), theo con trỏ' })
  @ApiOkResponse({ type: UserPage })
  list(@Query() query: UserListParams, @CurrentIdentity() identity: Identity): Promise<UserPage> {
    const scope = this.scopeFilter(identity, ACCOUNT_READERS);
    return this.users.list(scope, query.cursor, query.limit === undefined ? undefined : Number(query.limit));
  }

  @Get(':id')
  @Authorize({ roles: ACCOUNT_READERS, scope: accountUnit })
  @ApiOperation({ summary: 'Một người dùng, đọc thẳng từ sự kiện (ETag = phiên bản)' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404)
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { account, version } = await this.directory.find(id);
    if (account.status === 'unregistered') throw notFound();
    return answer(reply, { account, version });
  }
}

function answer(reply: FastifyReply, { account, version }: AccountWritten): UserResponse {
  if (account.status === 'unregistered') throw notFound();
  reply.header('etag', etagOf(version));
  return UserResponse.of(account, version);
}
