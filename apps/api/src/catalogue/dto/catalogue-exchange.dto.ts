import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

import { VERSION_ID } from '@ntm/catalogue';

const VERSION_MESSAGE = 'phiên bản danh mục, ví dụ 2026.1 hoặc 2026.1-19.1 (a catalogue version)';

export class ImportCatalogueQuery {
  // As for a publication: any unit code is read, and one that is not a province in force is answered 404.
  @ApiProperty({ example: '19', description: 'Mã tỉnh nhập danh mục của tỉnh' })
  @Matches(/^\d{2,5}$/, { message: 'mã đơn vị hành chính (an administrative unit code)' })
  province!: string;

  @ApiProperty({
    example: '2025.1',
    description: 'Danh mục gốc: phiên bản quốc gia, hoặc phiên bản trước của chính tỉnh; chỉ được thêm và nâng ngưỡng',
  })
  @Matches(VERSION_ID, { message: VERSION_MESSAGE })
  basedOn!: string;
}

export class CatalogueListQuery {
  @ApiPropertyOptional({
    example: '19',
    description: 'Kèm các danh mục của tỉnh này (đã nhập, dự thảo hoặc đã công bố)',
  })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'mã tỉnh hai chữ số (a province code)' })
  province?: string;
}

export class CatalogueDiffQuery {
  @ApiProperty({ example: '2025.1', description: 'Phiên bản trước' })
  @Matches(VERSION_ID, { message: VERSION_MESSAGE })
  from!: string;

  @ApiProperty({ example: '2026.1', description: 'Phiên bản sau' })
  @Matches(VERSION_ID, { message: VERSION_MESSAGE })
  to!: string;
}

export class VariantChangeDto {
  @ApiProperty({ example: 'southeast', description: 'Vùng (bộ 2021–2025) hoặc nhóm xã 1–3 (bộ 2026–2030)' })
  variant!: string;
  @ApiPropertyOptional({ example: 2024, description: 'Ngưỡng theo năm: áp dụng cho công nhận từ năm này' })
  fromYear?: number;
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ description: 'true: chặt hơn (≥ tăng, ≤ giảm)' }) stricter!: boolean;
}

export class CatalogueChangeDto {
  @ApiProperty({
    enum: [
      'added',
      'removed',
      'renamed',
      'measure-changed',
      'threshold-changed',
      'critical-changed',
      'department-changed',
      'minimum-level-changed',
    ],
  })
  kind!: string;
  @ApiProperty({ example: 'xa-ntm-nang-cao-2021-2025' }) setId!: string;
  @ApiPropertyOptional({ enum: ['criterion', 'indicator', 'condition'], description: 'Không có: cả bộ tiêu chí' })
  item?: string;
  @ApiPropertyOptional({ example: '10.1' }) id?: string;
  @ApiPropertyOptional({ description: 'Tên (thêm, bỏ)' }) name?: string;
  @ApiPropertyOptional({ description: 'Trước: tên, cách đo, Sở chủ trì hoặc mức tối thiểu' }) from?: string;
  @ApiPropertyOptional({ description: 'Sau: tên, cách đo, Sở chủ trì hoặc mức tối thiểu' }) to?: string;
  @ApiPropertyOptional({ type: [VariantChangeDto], description: 'Ngưỡng đổi theo từng vùng/nhóm' })
  variants?: VariantChangeDto[];
  @ApiPropertyOptional({ description: 'Mức tối thiểu: true nếu chặt hơn' }) stricter?: boolean;
  @ApiPropertyOptional({ description: 'Tiêu chí quan trọng (xét thu hồi) sau thay đổi' }) critical?: boolean;
}

export class CatalogueDiffResponse {
  @ApiProperty({ example: '2025.1' }) from!: string;
  @ApiProperty({ example: '2026.1' }) to!: string;
  @ApiProperty({ type: [CatalogueChangeDto] }) changes!: CatalogueChangeDto[];
}
