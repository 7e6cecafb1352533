import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { buildMessage, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy, isISO8601 } from 'class-validator';

import { LOG_CURSOR } from './log-cursor';

/**
 * An ISO 8601 instant with its zone, on a real calendar day that `Date` reads: ISO 8601 also allows
 * week and ordinal dates (2026-W14, 2026-091) and compact forms that `Date` cannot read (the query
 * then failed in the database or matched nothing), a lax check reads 30 February as 2 March, and a
 * time without a zone would be read in whatever zone the server runs in.
 */
const isInstant = (value: unknown): boolean =>
  typeof value === 'string' &&
  /T.*(Z|[+-]\d{2}:\d{2})$/i.test(value) &&
  isISO8601(value, { strict: true }) &&
  !Number.isNaN(Date.parse(value));

const AN_INSTANT = 'an ISO 8601 instant with its zone, e.g. 2026-04-01T09:00:00+07:00';

/** Stream versions are PostgreSQL `integer`s: a larger one reaches no stream and fails in the query. */
const MAX_VERSION = 2_147_483_647;
const isVersion = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) <= MAX_VERSION;

const IsInstant = () =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: isInstant,
      defaultMessage: buildMessage((each) => `${each}$property must be ${AN_INSTANT}`),
    },
  });

/** A version of the dossier's stream, or an instant. */
const IsVersionOrInstant = () =>
  ValidateBy({
    name: 'isVersionOrInstant',
    validator: {
      validate: (value) => isVersion(value) || isInstant(value),
      defaultMessage: buildMessage((each) => `${each}$property must be a version number or ${AN_INSTANT}`),
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
  @Max(MAX_VERSION)
  version?: number;
}

export class DiffQuery {
  @ApiPropertyOptional({ description: 'Phiên bản hoặc thời điểm (ISO 8601) bắt đầu' })
  @IsVersionOrInstant()
  from!: string;

  @ApiPropertyOptional({ description: 'Phiên bản hoặc thời điểm (ISO 8601) kết thúc' })
  @IsVersionOrInstant()
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
