import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { PostgresCheckpoints } from '@ntm/event-store';

import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems } from '../platform/api-problems';
import { ProblemException } from '../platform/problem.exception';
import { VERIFIERS } from './audit-scope';
import { CHECKPOINTS } from './audit.tokens';
import { CheckpointSigner } from './checkpoint-signer';
import { AuditCheckpointResponse } from './checkpoint.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/checkpoints')
export class AuditCheckpointsController {
  constructor(
    @Inject(CHECKPOINTS) private readonly checkpoints: PostgresCheckpoints,
    private readonly signer: CheckpointSigner,
  ) {}

  @Post()
  @HttpCode(200)
  @Authorize({ roles: ['administrator'] })
  @ApiOperation({ summary: 'Lập và ký điểm neo chuỗi băm ngay (sign a checkpoint of every stream head now)' })
  @ApiOkResponse({ type: AuditCheckpointResponse })
  async take(): Promise<AuditCheckpointResponse> {
    return this.signer.presented(await this.signer.take());
  }

  /** Heads are not published (they name streams of every jurisdiction): auditors pin the signed root. */
  @Get('latest')
  @Authorize({ roles: VERIFIERS })
  @ApiOperation({
    summary: 'Điểm neo đã ký gần nhất, chữ ký và khoá công khai (latest signed checkpoint, for offline checks)',
  })
  @ApiOkResponse({ type: AuditCheckpointResponse })
  @ApiProblems(404)
  async latest(): Promise<AuditCheckpointResponse> {
    const checkpoint = await this.checkpoints.latest();
    if (!checkpoint) {
      throw new ProblemException({
        code: 'no-checkpoint',
        status: 404,
        title: { vi: 'Chưa có điểm neo nào được ký', en: 'No checkpoint has been signed yet' },
      });
    }
    return this.signer.presented(checkpoint);
  }
}
