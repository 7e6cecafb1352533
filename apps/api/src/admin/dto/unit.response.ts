import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { type AdministrativeUnit } from '@ntm/units';

export class UnitResponse {
  @ApiProperty({ example: '02005' }) readonly code!: string;
  @ApiProperty({ example: 'Xã Quân Hà' }) readonly name!: string;
  @ApiProperty({ enum: ['province', 'district', 'commune', 'village'] }) readonly level!: string;
  @ApiPropertyOptional() readonly parent?: string;
  @ApiProperty() readonly validFrom!: string;
  @ApiPropertyOptional() readonly validTo?: string;
  @ApiProperty({ type: [String], description: 'Đơn vị sáp nhập vào đơn vị này (2025)' })
  readonly predecessors!: string[];

  static of(unit: AdministrativeUnit): UnitResponse {
    return { ...unit, predecessors: [...unit.predecessors] };
  }
}
