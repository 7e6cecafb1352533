import { ApiProperty } from '@nestjs/swagger';

/**
 * A signed checkpoint of every stream head, published without the heads (they name streams of
 * every jurisdiction). The signature is Ed25519 over the RFC 8785 canonical JSON of
 * `{ takenAt, merkleRoot, streamCount }`, so an auditor can check it offline and pin it.
 */
export class AuditCheckpointResponse {
  @ApiProperty({ format: 'date-time' }) readonly takenAt!: string;
  @ApiProperty({ description: 'Gốc Merkle của các đầu luồng, sắp theo streamId (hex)' }) readonly merkleRoot!: string;
  @ApiProperty({ description: 'Số luồng trong điểm neo' }) readonly streamCount!: number;
  @ApiProperty({ description: 'Chữ ký Ed25519 (base64)' }) readonly signature!: string;
  @ApiProperty({ description: 'Khoá công khai Ed25519 của máy chủ (SPKI PEM) dùng để kiểm tra chữ ký' })
  readonly publicKey!: string;
}
