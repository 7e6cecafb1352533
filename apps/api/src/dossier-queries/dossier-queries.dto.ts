import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

import { levels } from '@ntm/catalogue';
import { type FiledStatus, filedStatuses } from '@ntm/domain';

export const DEFAULT_LIMIT = 20;

export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** `limit` ≤ 100 and an opaque `cursor`: every list of this module. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Con trỏ trang tiếp theo (opaque)' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @ApiPropertyOptional({ default: DEFAULT_LIMIT, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class DossierListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: filedStatuses }) @IsOptional() @IsIn(filedStatuses) status?: FiledStatus;
  @ApiPropertyOptional({ enum: levels }) @IsOptional() @IsIn(levels) level?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ description: 'Mã đơn vị hành chính' }) @IsOptional() @Matches(/^\d{2,5}$/) unit?: string;
  @ApiPropertyOptional({ description: 'Mã tỉnh' }) @IsOptional() @Matches(/^\d{2}$/) province?: string;
  @ApiPropertyOptional({ description: 'Có tiêu chí quá hạn thẩm định' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

/** The department queue's filters; the order stays earliest due first (the cursor's key). */
export class DepartmentQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Mã tiêu chí, ví dụ 17' })
  @IsOptional()
  @Matches(/^\d{1,2}$/)
  criterion?: string;

  @ApiPropertyOptional({ description: 'Mã xã' }) @IsOptional() @Matches(/^\d{2,5}$/) unit?: string;

  @ApiPropertyOptional({ enum: ['pending', 'supplement-requested'] })
  @IsOptional()
  @IsIn(['pending', 'supplement-requested'])
  status?: 'pending' | 'supplement-requested';

  @ApiPropertyOptional({ description: 'true: chỉ tiêu chí quá hạn' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'Hạn thẩm định đến hết ngày này' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueBy?: string;
}

export class DossierDetailQueryDto {
  @ApiPropertyOptional({ description: 'Đọc lại điều vừa ghi: chờ mô hình đọc đạt phiên bản này (≤ 3 giây)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  minVersion?: number;
}
