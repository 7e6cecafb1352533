import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class DocumentEditionResponse {
  @ApiProperty({ description: 'SHA-256 của tệp PDF (hex): so với bản in để biết bản in có đúng là tệp đã phát ra' })
  readonly sha256!: string;
  @ApiProperty({ description: 'Dung lượng (byte)' }) readonly size!: number;
  @ApiProperty({ description: 'Phiên bản luồng sự kiện của hồ sơ mà tệp được lập từ đó' })
  readonly dossierVersion!: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'Lần đầu tệp này được tải về' })
  readonly generatedAt?: string;
}

class DossierDocumentResponse {
  @ApiProperty({ enum: ['recognition-decision', 'revocation-decision', 'appraisal-report', 'council-minutes'] })
  readonly document!: string;
  @ApiProperty({ example: 'recognition-decision.pdf', description: 'Tên tệp trong đường dẫn tải về' })
  readonly file!: string;
  @ApiProperty({ example: 'Quyết định công nhận' }) readonly title!: string;
  @ApiProperty({ description: 'Các sự kiện của hồ sơ đã đủ để lập văn bản này' }) readonly available!: boolean;
  @ApiProperty({
    type: [DocumentEditionResponse],
    description: 'Các tệp đã phát ra, cũ trước: cùng sự kiện, tên và địa chỉ xác minh thì cùng một tệp',
  })
  readonly editions!: readonly DocumentEditionResponse[];
}

/** The procedure's documents of one dossier: which can be downloaded, and the files already handed out. */
export class DossierDocumentsResponse {
  @ApiProperty() readonly dossierId!: string;
  @ApiProperty({ type: [DossierDocumentResponse] }) readonly documents!: readonly DossierDocumentResponse[];
}
