import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { buildMessage, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy, isISO8601 } from 'class-validator';

import { LOG_CURSOR } from './log-cursor';

/** A version number or an ISO 8601 instant. */
const VERSION_OR_INSTANT = /^(\d+|\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2}))$/;

/**
 * An ISO 8601 instant on a real calendar day that `Date` reads: ISO 8601 also allows week and
 * ordinal dates (2026-W14, 2026-091) and compact forms that `Date` cannot read (the query then
 * failed in the database or matched nothing), and a lax check reads 30 February as 2 March.
 */
const IsInstant = () =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value) =>
        typeof value === 'string' && isISO8601(value, { strict: true }) && !Number.isNaN(Date.parse(value)),
      defaultMessage: buildMessage((each) => `${each}$property must be an ISO 8601 instant, e.g. 2026-04-01T02:00:00Z`),
    },
  });

export class TimelineQuery {
  @ApiPropertyOptional({ description: 'Người thực hiện (actor id)' }) @IsOptional() @IsString() actor?: string;
  @ApiPropertyOptional({ description: 'Loại sự kiện, ví dụ CriterionAppraised' })
  @IsOptional()
  @IsString()
  type?: string;
  @ApiPropertyOptional({ description: 'Mã tiêu chí' }) @IsOptional() @IsString() criterion?: string;
  @ApiPropertyOptional({ description: 'Từ thời điểm ghi (ISO 8601)' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'Đến thời điểm ghi (ISO 8601)' }) @IsOptional() @IsInstant() to?: string;
}

export class StateQuery {
  @ApiPropertyOptional({ description: 'Trạng thái tại thời điểm ghi này (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  at?: string;

  @ApiPropertyOptional({ description: 'Trạng thái sau phiên bản này của luồng hồ sơ' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version?: number;
}

export class DiffQuery {
  @ApiPropertyOptional({ description: 'Phiên bản hoặc thời điểm (ISO 8601) bắt đầu' })
  @Matches(VERSION_OR_INSTANT)
  from!: string;

  @ApiPropertyOptional({ description: 'Phiên bản hoặc thời điểm (ISO 8601) kết thúc' })
  @Matches(VERSION_OR_INSTANT)
  to!: string;
}

export class EventSearchQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() actor?: string;
  @ApiPropertyOptional({ description: 'ISO 8601' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601' }) @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional({ description: 'nextCursor của trang trước' })
  @IsOptional()
  @Matches(LOG_CURSOR)
  cursor?: string;

  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

export class VerifyQuery {
  @ApiPropertyOptional({ description: 'dossier-<id>, hoặc bỏ trống để kiểm tra toàn bộ (chỉ quản trị)' })
  @IsOptional()
  @IsString()
  stream?: string;
}
