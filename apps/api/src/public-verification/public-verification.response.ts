import { ApiProperty } from '@nestjs/swagger';

/** What an officer prints on a recognition decision so anyone can verify it without logging in. */
export class PublicVerificationResponse {
  @ApiProperty({ example: '7KQ2M9XH4T', description: 'Mã xác minh công khai (10 ký tự, base32 Crockford)' })
  readonly code!: string;

  @ApiProperty({ example: 'https://ntm.example.gov.vn/xac-minh/7KQ2M9XH4T', description: 'Trang xác minh công khai' })
  readonly url!: string;

  @ApiProperty({ description: 'Mã QR của địa chỉ trên, dạng SVG, để in lên quyết định' })
  readonly qrSvg!: string;

  @ApiProperty({ enum: ['valid', 'revoked'], description: 'Còn hiệu lực, hay đã bị thu hồi' })
  readonly status!: 'valid' | 'revoked';
}
