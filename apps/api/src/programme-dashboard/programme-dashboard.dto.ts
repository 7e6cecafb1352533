import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';

import { levels, unitKinds } from '@ntm/catalogue';
import { type FiledStatus, filedStatuses } from '@ntm/domain';

import { toBoolean } from '../dossier-queries/dossier-queries.dto';
import { REPORT_FORMATS, type ReportFormat, REPORT_PERIODS, type ReportPeriodCode } from './report-period';

export class DashboardQueryDto {
  @ApiProperty({ description: 'Mã tỉnh đang có hiệu lực, ví dụ 19 (Thái Nguyên)', example: '19' })
  @Matches(/^\d{2}$/, { message: 'phải là mã tỉnh hai chữ số (a two-digit province code)' })
  province!: string;

  @ApiProperty({ description: 'Năm báo cáo', example: 2026, minimum: 2010, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2010)
  @Max(2100)
  year!: number;
}

export const DRILL_FIGURES = ['recognised', 'criterion', 'stage', 'department'] as const;
export type DrillFigure = (typeof DRILL_FIGURES)[number];

/** The units behind one number of the dashboard: which figure, and the row it stands in. */
export class DashboardUnitsQueryDto extends DashboardQueryDto {
  @ApiProperty({
    enum: DRILL_FIGURES,
    description:
      'recognised: công nhận theo cấp độ và năm; criterion: đạt / chưa đạt một tiêu chí; stage: theo giai đoạn; department: có tiêu chí chờ một sở, ngành thẩm định',
  })
  @IsIn(DRILL_FIGURES)
  figure!: DrillFigure;

  @ApiPropertyOptional({ enum: unitKinds, description: 'figure=recognised' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'recognised')
  @IsIn(unitKinds)
  unitKind?: string;

  @ApiPropertyOptional({ enum: levels, description: 'figure=recognised' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'recognised')
  @IsIn(levels)
  level?: string;

  @ApiPropertyOptional({ description: 'figure=recognised: năm công nhận' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'recognised')
  @Type(() => Number)
  @IsInt()
  @Min(2010)
  @Max(2100)
  recognitionYear?: number;

  @ApiPropertyOptional({ description: 'figure=criterion: bộ tiêu chí, ví dụ xa-ntm-2021-2025' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'criterion')
  @Matches(/^[a-z0-9-]{1,64}$/)
  criteriaSet?: string;

  @ApiPropertyOptional({ description: 'figure=criterion: mã tiêu chí, ví dụ 5' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'criterion')
  @Matches(/^[A-Za-z0-9.-]{1,16}$/)
  criterion?: string;

  @ApiPropertyOptional({ description: 'figure=criterion: true đạt, false chưa đạt' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'criterion')
  @Transform(toBoolean)
  @IsBoolean()
  met?: boolean;

  @ApiPropertyOptional({ enum: filedStatuses, description: 'figure=stage' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'stage')
  @IsIn(filedStatuses)
  status?: FiledStatus;

  @ApiPropertyOptional({ description: 'figure=stage, đang thẩm định: bước của cấp đang xét' })
  @IsOptional()
  @IsIn(['awaiting-assignment', 'appraising', 'consolidated', 'council-open', 'council-concluded'])
  phase?: string;

  @ApiPropertyOptional({ description: 'figure=department: mã sở, ngành (như bảng theo sở, ngành ghi)' })
  @ValidateIf((query: DashboardUnitsQueryDto) => query.figure === 'department')
  @Matches(/^[A-Za-z0-9-]{1,64}$/)
  department?: string;

  @ApiPropertyOptional({ description: 'figure=department: true chỉ những hồ sơ có tiêu chí quá hạn thẩm định' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

/** Báo cáo định kỳ: quý I–IV, 6 tháng, 9 tháng or the year. */
export class DashboardReportQueryDto extends DashboardQueryDto {
  @ApiProperty({ enum: REPORT_PERIODS, description: 'q1–q4: quý; h1: 6 tháng đầu năm; m9: 9 tháng; year: cả năm' })
  @IsIn(REPORT_PERIODS)
  period!: ReportPeriodCode;

  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    default: 'xlsx',
    description: 'xlsx: bảng tính; pdf: văn bản báo cáo theo thể thức Nghị định 30/2020/NĐ-CP, cùng số liệu',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format: ReportFormat = 'xlsx';
}
