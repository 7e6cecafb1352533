import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

import { type Role, ROLES } from '@ntm/auth';

/** The identity provider's subject (`sub`): letters, digits, dot, underscore, hyphen. */
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class RegisterUserRequest {
  @ApiProperty({ example: 'nguyen-van-a', description: 'Mã người dùng, trùng `sub` của nhà cung cấp định danh' })
  @IsString()
  @Length(1, 100)
  @Matches(USER_ID, { message: 'chữ, số, dấu chấm, gạch dưới, gạch nối (letters, digits, . _ -)' })
  readonly userId!: string;

  @ApiProperty({ example: 'Nguyễn Văn A', description: 'Họ và tên' })
  @IsString()
  @Length(1, 200)
  readonly name!: string;

  @ApiProperty({ example: '06', description: 'Đơn vị hành chính quản lý tài khoản (phạm vi xem và quản trị)' })
  @IsString()
  @Length(1, 20)
  readonly unit!: string;
}

export class GrantRoleRequest {
  @ApiProperty({ enum: ROLES, example: 'department-appraiser' })
  @IsIn(ROLES, { message: 'vai trò không có (unknown role)' })
  readonly role!: Role;

  @ApiProperty({ example: '06', description: 'Đơn vị hành chính của vai trò' })
  @IsString()
  @Length(1, 20)
  readonly unit!: string;

  @ApiPropertyOptional({ example: 'SXD', description: 'Mã sở theo danh mục (bắt buộc với department-appraiser)' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  readonly department?: string;
}

export class UserListQuery {
  @ApiPropertyOptional({ description: 'Con trỏ trang sau (nextCursor của trang trước)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  readonly cursor?: string;

  @ApiPropertyOptional({ description: '1–200, mặc định 50' })
  @IsOptional()
  @Matches(/^(?:[1-9]\d?|1\d\d|200)$/, { message: 'số từ 1 đến 200 (1–200)' })
  readonly limit?: string;
}
