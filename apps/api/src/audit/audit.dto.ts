import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** A version number or an ISO 8601 instant. */
const VERSION_OR_INSTANT = /^(\d+|\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2}))$/;

export class TimelineQuery {
  @ApiPropertyOptional({ description: 'Người thực hiện (actor id)' }) @IsOptional() @IsString() actor?: string;
  @ApiPropertyOptional({ description: 'Loại sự kiện, ví dụ CriterionAppraised' })
  @IsOptional()
  @IsString()
  type?: string;
  @ApiPropertyOptional({ description: 'Mã tiêu chí' }) @IsOptional() @IsString() criterion?: string;
  @ApiPropertyOptional({ description: 'Từ thời điểm ghi (ISO 8601)' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ description: 'Đến thời điểm ghi (ISO 8601)' }) @IsOptional() @IsISO8601() to?: string;
}

export class StateQuery {
  @ApiPropertyOptional({ description: 'Trạng thái tại thời điểm ghi này (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
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
  @ApiPropertyOptional({ description: 'ISO 8601' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601' }) @IsOptional() @IsISO8601() to?: string;
  @ApiPropertyOptional({ description: 'nextCursor của trang trước' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  cursor?: number;

  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

export class VerifyQuery {
  @ApiPropertyOptional({ description: 'dossier-<id>, hoặc bỏ trống để kiểm tra toàn bộ (chỉ quản trị)' })
  @IsOptional()
  @IsString()
  stream?: string;
}
