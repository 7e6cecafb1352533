import { ApiProperty } from '@nestjs/swagger';

import { type DossierEventType, type DossierStatus, filedStatuses } from '@ntm/domain';
import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

/** What every dossier command answers: the events it recorded and where the dossier now stands. */
export class CommandOutcomeResponse implements CommandOutcome {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty({ description: 'Phiên bản hồ sơ sau lệnh (cũng là ETag)' }) readonly version!: number;
  @ApiProperty({ type: [String], example: ['SelfAssessmentRecorded'], description: 'Sự kiện đã ghi' })
  readonly events!: readonly DossierEventType[];
  @ApiProperty({ enum: filedStatuses }) readonly status!: DossierStatus;
}
