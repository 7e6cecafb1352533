import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EvidenceUploadQueryDto {
  @ApiProperty({ example: 'Biên bản họp dân thôn Đông.pdf', description: 'Tên tệp như người tải lên đặt' })
  @IsString()
  @Length(1, 255)
  fileName!: string;
}

/** The scanner's verdict on the bytes (EVIDENCE_SCAN=clamd): only a clean file is ever stored. */
export class EvidenceScanResponse {
  @ApiProperty({ enum: ['clean'], description: 'Kết luận quét mã độc: tệp nhiễm bị từ chối (422), không được lưu' })
  readonly verdict!: 'clean';

  @ApiProperty({ example: 'ClamAV', description: 'Phần mềm quét, theo lệnh VERSION của clamd' })
  readonly scanner!: string;

  @ApiProperty({ example: '1.4.6', description: 'Phiên bản bộ quét' })
  readonly version!: string;

  @ApiPropertyOptional({
    example: '27480 (Tue Dec  3 08:34:12 2024)',
    description: 'Phiên bản và ngày của cơ sở dữ liệu mẫu nhận diện, khi clamd cho biết',
  })
  readonly database?: string;

  @ApiProperty({ example: '2025-03-14T02:15:00.000Z', description: 'Thời điểm có kết luận (ISO 8601)' })
  readonly scannedAt!: string;
}

/** What a command cites as evidence ({sha256, name}), with what the server read from the bytes. */
export class EvidenceFileResponse {
  @ApiProperty({ example: 'a3f1…', description: 'SHA-256 của nội dung (hex): tên của tệp trong kho' })
  readonly sha256!: string;

  @ApiProperty({ example: 'Biên bản họp dân thôn Đông.pdf' })
  readonly name!: string;

  @ApiProperty({ example: 1048576, description: 'Kích thước (byte)' })
  readonly size!: number;

  @ApiProperty({ example: 'application/pdf', description: 'Kiểu tệp đọc từ nội dung' })
  readonly mediaType!: string;

  @ApiPropertyOptional({
    type: EvidenceScanResponse,
    description: 'Kết quả quét mã độc khi máy chủ bật quét (EVIDENCE_SCAN); không có khi không quét',
  })
  readonly scan?: EvidenceScanResponse;
}
