import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { PlanTarget } from '@ntm/catalogue';

import { DOMAIN_OBJECT, ListOf } from '../platform/api-schemas';
import type { PlanProgress, TargetProgress } from './plan-progress';
import type { DepartmentBacklog, ProgrammeDashboard } from './dashboard';
import type { DashboardUnit } from './programme-dashboard.query';
import type { CriteriaSetFigures, CriterionRate, RecognitionCount, StageFigures } from './programme-figures';

class PlanReference {
  @ApiProperty({ example: '231/KH-UBND' }) readonly number!: string;
  @ApiProperty({ example: '2022-04-08', format: 'date' }) readonly date!: string;
  @ApiProperty({ example: 'UBND tỉnh Bắc Kạn' }) readonly issuer!: string;
  @ApiProperty() readonly title!: string;
  @ApiPropertyOptional({ description: 'Nơi đọc được văn bản, khi không phải chính văn bản' }) readonly source?: string;
}

class PlanPeriod {
  @ApiProperty({ example: 2021 }) readonly from!: number;
  @ApiProperty({ example: 2025 }) readonly to!: number;
}

class TargetProgressResponse implements TargetProgress {
  @ApiProperty({
    ...DOMAIN_OBJECT,
    description:
      'Chỉ tiêu như kế hoạch ghi (measure: recognised-units, average-criteria-met, criterion-share; bound/percent; section)',
  })
  readonly target!: PlanTarget;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Số đạt được đến nay; null khi chưa có đơn vị nào được đánh giá',
  })
  readonly actual!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Chỉ tiêu bình quân hay tỷ lệ: số đơn vị (đúng loại và cấp độ) có hồ sơ được đánh giá, mẫu số của con số ấy — không phải mọi đơn vị của tỉnh; null với chỉ tiêu đếm số đơn vị đạt chuẩn',
  })
  readonly over!: number | null;
  @ApiProperty({ description: 'Đã đạt chỉ tiêu' }) readonly reached!: boolean;
}

class PlanProgressResponse implements PlanProgress {
  @ApiProperty({
    example: '06',
    description: 'Tỉnh ban hành kế hoạch (mã khi ban hành; Bắc Kạn nay thuộc Thái Nguyên)',
  })
  readonly province!: string;
  @ApiProperty({ type: PlanReference }) readonly plan!: PlanReference;
  @ApiProperty({ type: PlanPeriod }) readonly period!: PlanPeriod;
  @ApiProperty({ type: [TargetProgressResponse] }) readonly targets!: readonly TargetProgressResponse[];
}

class RecognitionCountResponse implements RecognitionCount {
  @ApiProperty({ example: 'commune' }) readonly unitKind!: string;
  @ApiProperty({ example: 'ntm' }) readonly level!: string;
  @ApiProperty({ example: 2026, description: 'Năm công nhận' }) readonly year!: number;
  @ApiProperty({ description: 'Còn hiệu lực' }) readonly standing!: number;
  @ApiProperty({ description: 'Đã bị thu hồi' }) readonly revoked!: number;
}

class CriterionRateResponse implements CriterionRate {
  @ApiProperty({ example: '5' }) readonly criterionId!: string;
  @ApiProperty({ description: 'Số đơn vị đạt' }) readonly met!: number;
  @ApiProperty({
    description: 'Số đơn vị có hồ sơ được đánh giá tiêu chí này (mẫu số); đơn vị chưa có hồ sơ không tính',
  })
  readonly assessed!: number;
  @ApiProperty({ example: 66.7, description: 'Tỷ lệ đạt (%) = met / assessed, làm tròn một chữ số thập phân' })
  readonly rate!: number;
}

class CriteriaSetFiguresResponse implements CriteriaSetFigures {
  @ApiProperty({ example: 'xa-ntm-2021-2025' }) readonly criteriaSetId!: string;
  @ApiProperty({ example: 'commune' }) readonly unitKind!: string;
  @ApiProperty({ example: 'ntm' }) readonly level!: string;
  @ApiProperty({ description: 'Số đơn vị có kết quả đánh giá (hồ sơ mới nhất của mỗi đơn vị)' })
  readonly units!: number;
  @ApiProperty({ description: 'Số tiêu chí của bộ' }) readonly total!: number;
  @ApiProperty({ description: 'Bình quân số tiêu chí đạt mỗi đơn vị' }) readonly averageMet!: number;
  @ApiProperty({ type: [CriterionRateResponse] }) readonly criteria!: readonly CriterionRateResponse[];
}

class StageFiguresResponse implements StageFigures {
  @ApiProperty({ example: 'in-review' }) readonly status!: string;
  @ApiProperty({ type: String, nullable: true, example: 'appraising' }) readonly phase!: string | null;
  @ApiProperty({ description: 'Số hồ sơ' }) readonly count!: number;
  @ApiProperty({ description: 'Số ngày trung bình ở giai đoạn này đến nay' }) readonly averageDays!: number;
  @ApiProperty({ description: 'Số ngày lâu nhất' }) readonly longestDays!: number;
}

class DepartmentBacklogResponse implements DepartmentBacklog {
  @ApiProperty({ example: 'so-nong-nghiep-moi-truong' }) readonly department!: string;
  @ApiProperty({ description: 'Tiêu chí đang chờ thẩm định' }) readonly pending!: number;
  @ApiProperty({ description: 'Trong đó quá hạn' }) readonly overdue!: number;
}

export class ProgrammeDashboardResponse implements ProgrammeDashboard {
  @ApiProperty({ example: '19' }) readonly province!: string;
  @ApiProperty({ example: 2026 }) readonly year!: number;
  @ApiProperty({ type: [PlanProgressResponse], description: 'Chỉ tiêu của các kế hoạch có hiệu lực trong năm' })
  readonly plans!: readonly PlanProgressResponse[];
  @ApiProperty({ type: [RecognitionCountResponse] }) readonly recognitions!: readonly RecognitionCountResponse[];
  @ApiProperty({ type: [CriteriaSetFiguresResponse] }) readonly criteriaSets!: readonly CriteriaSetFiguresResponse[];
  @ApiProperty({ type: [StageFiguresResponse], description: 'Hồ sơ của năm theo giai đoạn' })
  readonly stages!: readonly StageFiguresResponse[];
  @ApiProperty({ type: [DepartmentBacklogResponse], description: 'Tiêu chí chờ thẩm định và quá hạn theo Sở' })
  readonly departments!: readonly DepartmentBacklogResponse[];
}

class DashboardUnitResponse implements DashboardUnit {
  @ApiProperty({ type: String, nullable: true, description: 'Không có: công nhận ghi nhận từ quyết định giấy' })
  readonly dossierId!: string | null;
  @ApiProperty({ example: '02008' }) readonly unitCode!: string;
  @ApiProperty({ example: 'Xã Cẩm Giàng' }) readonly unitName!: string;
  @ApiProperty({ example: 'ntm' }) readonly level!: string;
  @ApiProperty({ example: 2026, description: 'Năm của hồ sơ, hoặc năm công nhận' }) readonly year!: number;
  @ApiProperty({ example: 'recognised' }) readonly status!: string;
  @ApiProperty({ type: Number, nullable: true }) readonly metCount!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly total!: number | null;
}

export const DashboardUnitList = ListOf(DashboardUnitResponse, 'DashboardUnitList');
