import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class DevLoginRequest {
  @ApiProperty({ example: 'can-bo-quan-ha', description: 'Mã người dùng minh hoạ (demo user id)' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[a-z0-9-]+$/)
  readonly userId!: string;
}

export class TokenResponse {
  @ApiProperty() readonly accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) readonly tokenType!: 'Bearer';
  @ApiProperty({ description: 'giây (seconds)' }) readonly expiresIn!: number;
}
