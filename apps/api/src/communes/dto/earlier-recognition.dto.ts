import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches } from 'class-validator';

import { type Level, levels } from '@ntm/catalogue';
import type { RecordedRecognition } from '@ntm/domain';

/** A decision on paper: the recognition of a level and year, or (under /revocations) the one revoking it. */
export class EarlierDecisionRequest {
  @ApiProperty({ enum: levels, description: 'Mức công nhận (ntm, advanced = nâng cao, model = kiểu mẫu)' })
  @IsIn(levels)
  level!: Level;

  @ApiProperty({ example: 2019, description: 'Năm đạt chuẩn ghi trong quyết định' })
  @IsInt()
  year!: number;

  @ApiProperty({ example: '2468/QĐ-UBND', description: 'Số quyết định (công nhận, hoặc thu hồi)' })
  @IsString()
  @Length(1, 100)
  decisionNumber!: string;

  @ApiProperty({ example: '2019-12-27', format: 'date', description: 'Ngày ký quyết định' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  decisionDate!: string;
}

class PaperDecisionResponse {
  @ApiProperty() decisionNumber!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
}

class EarlierRecognitionResponse implements RecordedRecognition {
  @ApiProperty({ example: '02008' }) unitCode!: string;
  @ApiProperty({ enum: levels }) level!: Level;
  @ApiProperty() year!: number;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
  @ApiPropertyOptional({ type: PaperDecisionResponse, description: 'Quyết định thu hồi (bản giấy), nếu có' })
  revokedBy?: PaperDecisionResponse;
}

export class EarlierRecognitionsResponse {
  @ApiProperty({ example: '02008' }) unitCode!: string;
  @ApiProperty({
    type: [EarlierRecognitionResponse],
    description: 'Quyết định công nhận trước khi có hệ thống (bản giấy)',
  })
  recognitions!: EarlierRecognitionResponse[];
  @ApiProperty({ description: 'Phiên bản luồng sự kiện (0: chưa ghi nhận)' }) version!: number;
}
