import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { type Identity, type Role, ROLES, type RoleGrant } from '@ntm/auth';

class RoleGrantResponse implements RoleGrant {
  @ApiProperty({ enum: ROLES }) readonly role!: Role;
  @ApiProperty({ example: '02005' }) readonly unit!: string;
  @ApiPropertyOptional({ description: 'Sở / phòng ban, với người thẩm định' }) readonly department?: string;
}

export class IdentityResponse implements Identity {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty({ type: [RoleGrantResponse] }) readonly grants!: readonly RoleGrantResponse[];
  @ApiPropertyOptional({ description: 'Người được đại diện (uỷ quyền)' }) readonly onBehalfOf?: string;
}
