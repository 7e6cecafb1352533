import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { type RegisteredAccount } from '@ntm/projections';

export class GrantResponse {
  @ApiProperty() readonly grantId!: string;
  @ApiProperty() readonly role!: string;
  @ApiProperty() readonly unit!: string;
  @ApiPropertyOptional() readonly department?: string;
}

export class UserResponse {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty({ description: 'Đơn vị quản lý tài khoản' }) readonly unit!: string;
  @ApiProperty({ enum: ['active', 'deactivated'] }) readonly status!: 'active' | 'deactivated';
  @ApiProperty({ type: [GrantResponse] }) readonly grants!: GrantResponse[];
  @ApiProperty({ description: 'Phiên bản (ETag)' }) readonly version!: number;

  static of(account: RegisteredAccount, version: number): UserResponse {
    return {
      userId: account.userId,
      name: account.name,
      unit: account.unit,
      status: account.status,
      grants: account.grants.map(({ grantId, role, unit, department }) => ({
        grantId,
        role,
        unit,
        ...(department ? { department } : {}),
      })),
      version,
    };
  }
}

export class UserPage {
  @ApiProperty({ type: [UserResponse] }) readonly items!: UserResponse[];
  @ApiPropertyOptional({ description: 'Có khi còn trang sau' }) readonly nextCursor?: string;
}
