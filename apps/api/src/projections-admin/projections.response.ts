import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ListOf } from '../platform/api-schemas';

class CheckpointResponse {
  @ApiProperty() readonly transactionId!: string;
  @ApiProperty() readonly globalPosition!: number;
}

export class ProjectionStatusResponse {
  @ApiProperty() readonly projection!: string;
  @ApiProperty() readonly eventsBehind!: number;
  @ApiProperty() readonly secondsBehind!: number;
  @ApiProperty({ type: CheckpointResponse }) readonly checkpoint!: CheckpointResponse;
}

export const ProjectionListResponse = ListOf(ProjectionStatusResponse, 'ProjectionListResponse');

export class RebuildResponse {
  @ApiProperty() readonly projection!: string;
  @ApiProperty() readonly eventsRead!: number;
  @ApiPropertyOptional({ type: ProjectionStatusResponse }) readonly lag?: ProjectionStatusResponse;
}
