import { ApiProperty } from '@nestjs/swagger';

import type { TransitionRow } from '@ntm/domain';

import { DOMAIN_OBJECT } from '../../platform/api-schemas';
import type { CommuneComparison, PredecessorRecognition } from '../criteria-comparison.query';

class GenerationStandingResponse {
  @ApiProperty({ example: 'xa-ntm-2026-2030' }) readonly setId!: string;
  @ApiProperty() readonly metCount!: number;
  @ApiProperty() readonly total!: number;
  @ApiProperty({ description: 'Có số liệu đo được' }) readonly measured!: boolean;
}

class PredecessorRecognitionResponse implements PredecessorRecognition {
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly level!: string;
  @ApiProperty() readonly year!: number;
  @ApiProperty() readonly decisionNumber!: string;
}

export class CommuneComparisonResponse implements CommuneComparison {
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty({ type: GenerationStandingResponse }) readonly old!: GenerationStandingResponse;
  @ApiProperty({ type: GenerationStandingResponse }) readonly current!: GenerationStandingResponse;
  @ApiProperty({ type: 'array', items: DOMAIN_OBJECT, description: '{ criterion, isNew, predecessors }' })
  readonly rows!: readonly TransitionRow[];
  @ApiProperty({ type: [PredecessorRecognitionResponse] })
  readonly recognitions!: readonly PredecessorRecognitionResponse[];
}
