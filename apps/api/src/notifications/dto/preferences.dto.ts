import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, MaxLength, ValidateIf } from 'class-validator';

export class NotificationPreferencesRequest {
  @ApiProperty({ description: 'Gửi thông báo qua thư điện tử (cần địa chỉ)' })
  @IsBoolean({ message: 'true hoặc false' })
  readonly emailEnabled!: boolean;

  @ApiProperty({ required: false, description: 'Gộp thư điện tử thành một thư tổng hợp mỗi ngày' })
  @IsOptional()
  @IsBoolean({ message: 'true hoặc false' })
  readonly dailyDigest?: boolean;

  @ApiProperty({ type: String, nullable: true, example: 'can-bo@camgiang.thainguyen.gov.vn' })
  @ValidateIf((body: NotificationPreferencesRequest) => body.emailEnabled === true || body.email != null)
  @IsEmail({}, { message: 'địa chỉ thư điện tử không hợp lệ (invalid e-mail address)' })
  @MaxLength(254)
  readonly email!: string | null;
}

export class NotificationChannels {
  @ApiProperty({ description: 'Hộp thư trong ứng dụng: luôn bật' }) readonly inApp!: true;
  @ApiProperty() readonly email!: boolean;
  @ApiProperty({ description: 'Thư điện tử gộp một lần mỗi ngày' }) readonly dailyDigest!: boolean;
}

export class NotificationPreferencesResponse {
  @ApiProperty({ type: String, nullable: true }) readonly email!: string | null;
  @ApiProperty({ type: NotificationChannels }) readonly channels!: NotificationChannels;
  @ApiProperty({ description: 'Hệ thống có máy chủ thư (SMTP) để gửi thư điện tử' }) readonly emailAvailable!: boolean;
  @ApiProperty({ description: 'Phiên bản (số lần đã lưu)' }) readonly version!: number;
}
