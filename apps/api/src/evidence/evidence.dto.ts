import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EvidenceUploadQueryDto {
  @ApiProperty({ example: 'Biên bản họp dân thôn Đông.pdf', description: 'Tên tệp như người tải lên đặt' })
  @IsString()
  @Length(1, 255)
  fileName!: string;
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
}
