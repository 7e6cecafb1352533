import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { regions } from '@ntm/catalogue';
import { type AdministrativeUnit, DIVISION_TYPES, UNIT_LEVELS, type UnitVersion } from '@ntm/units';

/** One unit as it stood over a period. */
export class UnitVersionResponse {
  @ApiProperty({ example: '02005' }) readonly code!: string;
  @ApiProperty({ example: 'Xã Quân Hà' }) readonly name!: string;
  @ApiProperty({ enum: UNIT_LEVELS }) readonly level!: string;
  @ApiProperty({ enum: DIVISION_TYPES, description: 'Loại đơn vị: xã, phường, đặc khu, huyện…' })
  readonly divisionType!: string;
  @ApiPropertyOptional() readonly parent?: string;
  @ApiPropertyOptional({ enum: regions, description: 'Vùng (bộ tiêu chí 2021–2025)' }) readonly region?: string;
  @ApiPropertyOptional({ description: 'Ngày bắt đầu; không có khi sớm hơn dữ liệu lưu giữ' })
  readonly validFrom?: string;
  @ApiPropertyOptional() readonly validTo?: string;
  @ApiProperty({ type: [String], description: 'Đơn vị sáp nhập vào đơn vị này (2025)' })
  readonly predecessors!: string[];

  static of(version: UnitVersion): UnitVersionResponse {
    return { ...version, predecessors: [...version.predecessors] };
  }
}

/** A unit: its latest version, and the earlier ones under the same code (before 1/7/2025). */
export class UnitResponse extends UnitVersionResponse {
  @ApiProperty({ type: [UnitVersionResponse], description: 'Các phiên bản trước cùng mã, cũ nhất trước' })
  readonly earlier!: UnitVersionResponse[];

  static override of(unit: AdministrativeUnit): UnitResponse {
    const { earlier, ...latest } = unit;
    return { ...UnitVersionResponse.of(latest), earlier: earlier.map((version) => UnitVersionResponse.of(version)) };
  }
}
