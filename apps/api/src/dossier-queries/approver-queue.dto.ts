import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';

import type { ApproverTask } from '@ntm/domain';

import { PageQueryDto } from './dossier-queries.dto';
import { APPROVER_TASKS } from './approver.response';

/** The approver's filters; the order stays longest waiting first (the cursor's key). */
export class ApproverQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPROVER_TASKS, description: 'Loại quyết định' })
  @IsOptional()
  @IsIn(APPROVER_TASKS)
  task?: ApproverTask;

  @ApiPropertyOptional({ description: 'Mã xã (đơn vị)' }) @IsOptional() @Matches(/^\d{2,5}$/) unit?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Chỉ hồ sơ chờ từ ngày này trở về trước (giờ Việt Nam)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  waitingBefore?: string;
}
