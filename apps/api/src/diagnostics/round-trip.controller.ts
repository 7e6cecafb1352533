import { Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import { v4 as uuidv4, v5 as uuidv5 } from 'uuid';

import type { Principal } from '@ntm/auth';
import { ROUND_TRIP_WORKFLOW, type RoundTripRecord } from '@ntm/workflows/round-trip/messages';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { ProblemException } from '../platform/problem.exception';
import { APP_CONFIG, type AppConfig, TEMPORAL_CLIENT } from '../platform/tokens';

/** Namespace for ids derived from Idempotency-Key headers (UUID v5): same key, same id. */
const IDEMPOTENCY_NAMESPACE = '0b6f2f0e-5a4f-4f43-9d5e-6b0b8e1f4c21';
const MAX_KEY_LENGTH = 200;

@ApiTags('diagnostics')
@ApiBearerAuth()
@Controller('diagnostics/round-trips')
export class RoundTripController {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @Authorize({ roles: ['administrator'] })
  @ApiOperation({ summary: 'Kiểm tra vòng API → Temporal → worker → PostgreSQL (diagnostics round trip)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Lặp lại cùng khoá trả lại cùng kết quả' })
  @ApiCreatedResponse({ description: 'Bản ghi đã lưu trong PostgreSQL bởi activity của worker' })
  async roundTrip(
    @Headers('idempotency-key') key: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RoundTripRecord> {
    const requestId = key === undefined ? uuidv4() : uuidv5(checkedKey(key), IDEMPOTENCY_NAMESPACE);
    return this.temporal.workflow.execute(ROUND_TRIP_WORKFLOW, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `round-trip-${requestId}`,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ requestId, requestedBy: principal.userId }],
    });
  }
}

function checkedKey(key: string): string {
  if (key.trim().length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new ProblemException(
      'validation',
      400,
      { vi: 'Idempotency-Key không hợp lệ', en: 'Invalid Idempotency-Key' },
      { vi: `Khoá phải có 1–${MAX_KEY_LENGTH} ký tự`, en: `The key must have 1–${MAX_KEY_LENGTH} characters` },
      [{ field: 'Idempotency-Key', reason: `1–${MAX_KEY_LENGTH} ký tự (characters)` }],
    );
  }
  return key;
}
