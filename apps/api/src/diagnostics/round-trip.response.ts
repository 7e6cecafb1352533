import { ApiProperty } from '@nestjs/swagger';

import type { RoundTripRecord } from '@ntm/workflows/round-trip/messages';

export class RoundTripResponse implements RoundTripRecord {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly workflowId!: string;
  @ApiProperty() readonly requestedBy!: string;
  @ApiProperty({ format: 'date-time', description: 'Ghi bởi activity của worker trong PostgreSQL' })
  readonly recordedAt!: string;
}
