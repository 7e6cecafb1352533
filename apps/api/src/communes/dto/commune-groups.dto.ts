import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

import { COMMUNE_GROUPS, type CommuneGroupNumber } from '@ntm/units';

import type { CommuneGroupsRead } from '../commune-group-book';

export class AssignCommuneGroupRequest {
  @ApiProperty({ enum: COMMUNE_GROUPS, description: 'Nhóm xã 1, 2 hoặc 3 (QĐ 51/2025/QĐ-TTg)' })
  @IsIn(COMMUNE_GROUPS)
  group!: CommuneGroupNumber;

  @ApiProperty({ example: 'Theo Quyết định rà soát phân nhóm xã của UBND tỉnh' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class CommuneGroupsResponse {
  @ApiProperty({ example: '02008' })
  unitCode!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', enum: [...COMMUNE_GROUPS] },
    example: { '2026.1': 2 },
    description: 'Phiên bản danh mục → nhóm xã',
  })
  groups!: Record<string, CommuneGroupNumber>;

  @ApiProperty({ description: 'Phiên bản luồng sự kiện (0: chỉ nhóm ban đầu)' })
  version!: number;

  static of(unitCode: string, read: CommuneGroupsRead): CommuneGroupsResponse {
    return { unitCode, groups: { ...read.groups }, version: read.version };
  }
}
