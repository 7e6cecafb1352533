import { Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';

import type { Principal } from '@ntm/auth';
import { ROUND_TRIP_WORKFLOW, type RoundTripRecord } from '@ntm/workflows/round-trip/messages';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { APP_CONFIG, type AppConfig, TEMPORAL_CLIENT } from '../platform/tokens';
import { RoundTripResponse } from './round-trip.response';

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
  @ApiCreatedResponse({ type: RoundTripResponse })
  async roundTrip(
    @Headers('idempotency-key') key: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RoundTripRecord> {
    const requestId = commandIdFrom(key, principal.userId);
    return this.temporal.workflow.execute(ROUND_TRIP_WORKFLOW, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `round-trip-${requestId}`,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ requestId, requestedBy: principal.userId }],
    });
  }
}
