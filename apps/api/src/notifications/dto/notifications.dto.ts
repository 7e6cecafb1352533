import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

import { NOTIFICATION_KINDS, type NotificationKind } from '@ntm/domain';

export class InboxQuery {
  @ApiPropertyOptional({ description: 'Con trỏ trang sau (nextCursor của trang trước)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  readonly cursor?: string;

  @ApiPropertyOptional({ description: '1–100, mặc định 20' })
  @IsOptional()
  @Matches(/^(?:[1-9]\d?|100)$/, { message: 'số từ 1 đến 100 (1–100)' })
  readonly limit?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: chỉ thông báo chưa đọc' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'true hoặc false' })
  readonly unread?: 'true' | 'false';
}

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) readonly notificationId!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) readonly kind!: NotificationKind;
  @ApiProperty({ description: 'Hồ sơ mà thông báo nói đến' }) readonly dossierId!: string;
  @ApiPropertyOptional({ description: 'Tiêu chí, khi thông báo nói về một tiêu chí' }) readonly criterionId?: string;
  @ApiProperty({ example: 'Tiêu chí cần thẩm định: Xã Quân Hà' }) readonly subject!: string;
  @ApiProperty() readonly body!: string;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty() readonly read!: boolean;
}

export class InboxPage {
  @ApiProperty({ type: [NotificationResponse] }) readonly items!: NotificationResponse[];
  @ApiProperty({ description: 'Số thông báo chưa đọc (cả hộp thư)' }) readonly unreadCount!: number;
  @ApiPropertyOptional({ description: 'Có khi còn trang sau' }) readonly nextCursor?: string;
}

export class NotificationsReadResponse {
  @ApiProperty({ description: 'Số thông báo chưa đọc vừa được đánh dấu đã đọc' }) readonly marked!: number;
}
