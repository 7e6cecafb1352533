import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

import { type Region, regions } from '@ntm/catalogue';

export class AssignUnitRegionRequest {
  @ApiProperty({ enum: regions, description: 'Vùng theo QĐ 318/QĐ-TTg (bộ tiêu chí 2021–2025)' })
  @IsIn(regions)
  region!: Region;

  @ApiProperty({ example: 'Theo quyết định của UBND tỉnh về phân vùng các xã' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class UnitRegionResponse {
  @ApiProperty({ example: '02005' }) unitCode!: string;
  @ApiProperty({ enum: regions, nullable: true, description: 'Vùng đang áp dụng (null: danh mục không ghi vùng)' })
  region!: Region | null;
  @ApiProperty({ description: 'Phiên bản luồng sự kiện (0: vùng theo danh mục đơn vị hành chính)' }) version!: number;
}
