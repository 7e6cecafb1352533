import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { ChecklistItem, ProducedDocument } from '@ntm/domain';

class ChecklistFileResponse {
  @ApiProperty() readonly sha256!: string;
  @ApiProperty() readonly name!: string;
}

const PRODUCED: readonly ProducedDocument[] = ['survey-report', 'posting-summary', 'construction-debt-report'];

class ChecklistItemResponse implements ChecklistItem {
  @ApiProperty({ example: 'to-trinh' }) readonly documentId!: string;
  @ApiProperty({ example: 'Tờ trình của UBND xã đề nghị thẩm định, xét công nhận xã đạt chuẩn' })
  readonly name!: string;
  @ApiProperty({ example: 'QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1 điểm a' }) readonly legalBasis!: string;
  @ApiProperty() readonly required!: boolean;
  @ApiProperty({ enum: ['present', 'missing'] }) readonly status!: ChecklistItem['status'];
  @ApiPropertyOptional({
    enum: PRODUCED,
    description:
      'Tài liệu do chính quy trình tạo ra (báo cáo MTTQ, kết quả công khai, báo cáo nợ đọng trong tự đánh giá)',
  })
  readonly producedBy?: ProducedDocument;
  @ApiProperty({ description: 'Đã có từ các sự kiện của hồ sơ, không cần tải lên lại' }) readonly produced!: boolean;
  @ApiProperty({ type: [ChecklistFileResponse], description: 'Tệp quy trình đã viện dẫn, rồi các tệp đính kèm' })
  readonly files!: readonly ChecklistFileResponse[];
}

/** The submission dossier of QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1, as the dossier's round stands. */
export class SubmissionChecklistResponse {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty({ description: 'Phiên bản luồng sự kiện của hồ sơ (ETag)' }) readonly version!: number;
  @ApiProperty() readonly round!: number;
  @ApiProperty({ description: 'Còn đính kèm / gỡ được: cho đến khi hồ sơ được trình lần đầu của vòng' })
  readonly open!: boolean;
  @ApiProperty({ type: [String], description: 'Mã các tài liệu bắt buộc còn thiếu' })
  readonly missing!: readonly string[];
  @ApiProperty({
    type: [ChecklistItemResponse],
    description: 'Rỗng khi quy trình hồ sơ đã ghim không có danh mục (hồ sơ nộp trước khi có danh mục, thôn, huyện)',
  })
  readonly items!: readonly ChecklistItemResponse[];
}
