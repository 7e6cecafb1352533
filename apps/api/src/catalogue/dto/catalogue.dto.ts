import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

import { DOMAIN_OBJECT } from '../../platform/api-schemas';

export class PublishCatalogueRequest {
  @ApiProperty({ example: '19', description: 'Mã tỉnh công bố áp dụng danh mục' })
  @Matches(/^\d{2,5}$/, { message: 'mã đơn vị hành chính (an administrative unit code)' })
  province!: string;

  @ApiProperty({ example: 'QĐ 51/2025/QĐ-TTg; QĐ 123/QĐ-UBND ngày 20/02/2026 của UBND tỉnh' })
  @IsString()
  @Length(1, 500)
  legalReference!: string;
}

export class CatalogueVersionSummary {
  @ApiProperty({ example: '2026.1' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-02-15', description: 'Áp dụng cho hồ sơ nộp từ ngày' }) effectiveFrom!: string;
  @ApiProperty({
    enum: ['draft', 'published'],
    description: 'draft: chưa đối chiếu văn bản chính thức; chỉ nhận hồ sơ ở tỉnh đã công bố áp dụng',
  })
  status!: string;
  @ApiPropertyOptional({ description: 'Văn bản pháp lý (bản đã công bố)' }) legalReference?: string;
  @ApiPropertyOptional({ example: '2025.1', description: 'Danh mục của tỉnh: phiên bản gốc' }) basedOn?: string;
  @ApiPropertyOptional({ example: '19', description: 'Danh mục của tỉnh: mã tỉnh áp dụng' }) province?: string;
  @ApiProperty({ description: 'Số chỉ tiêu có ngưỡng chưa được xác nhận (giá trị mặc định tỉnh phải xác nhận)' })
  unconfirmedThresholds!: number;
}

export class CatalogueVersionResponse extends CatalogueVersionSummary {
  @ApiProperty({
    type: 'array',
    items: DOMAIN_OBJECT,
    description:
      'Bộ tiêu chí: tiêu chí, chỉ tiêu, loại giá trị, ngưỡng theo vùng/nhóm (provincialDefault: chưa xác nhận)',
  })
  criteriaSets!: object[];
  @ApiProperty({ type: 'array', items: DOMAIN_OBJECT, description: 'Quy trình (hai cấp, ba cấp)' }) regimes!: object[];
  @ApiProperty({ type: 'array', items: DOMAIN_OBJECT, description: 'Sở, ngành' }) departments!: object[];
}

export class ProvincePublication {
  @ApiProperty({ example: '2026.1' }) catalogueVersion!: string;
  @ApiProperty() legalReference!: string;
}

export class ProvincePublicationsResponse {
  @ApiProperty({ example: '19' }) province!: string;
  @ApiProperty({ description: 'Phiên bản luồng sự kiện công bố của tỉnh' }) version!: number;
  @ApiProperty({ type: [ProvincePublication], description: 'Các danh mục dự thảo tỉnh đã công bố áp dụng' })
  publications!: ProvincePublication[];
}
